namespace TextEhr.App.Output;

/// <summary>Writes each progress report as a line, synchronously (unlike <see cref="Progress{T}"/>).</summary>
public sealed class LineProgress(TextWriter output) : IProgress<string>
{
    public void Report(string value) => output.WriteLine(value);
}
