namespace AnisotropicNoise.Dynamics;

/// <summary>The learning rate <c>η_t</c> of each step <c>t</c> (from 0).</summary>
public interface ILearningRateSchedule
{
    /// <summary>The learning rate of step <paramref name="step"/>.</summary>
    double Rate(int step);
}
