namespace AnisotropicNoise.Curvature;

/// <summary>Stops a method when the operator it was given returns NaN or infinity, naming the operator argument.</summary>
internal static class ProductCheck
{
    public static double Finite(double value, string name) =>
        double.IsFinite(value) ? value : throw new ArgumentException($"{name} returned a non-finite product ({value}); check the operator and the point θ.", name);
}
