using AnisotropicNoise.Cli;
using AnisotropicNoise.Cli.Commands;

var commands = CommandList.Create();

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: anisotropic-noise <command> [options]\n\ncommands:");
    foreach (var c in commands) Console.WriteLine($"  {c.Name,-18} {c.Summary}");
    return args.Length == 0 ? 2 : 0;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    Console.Error.WriteLine($"error: unknown command '{args[0]}'. Commands: {string.Join(", ", commands.Select(c => c.Name))}.");
    return 2;
}

try
{
    return command.Run(new Arguments(args[1..], command.Flags), Console.Out, Console.Error);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"error: {e.Message}\nusage: {command.Usage}");
    return 2;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
