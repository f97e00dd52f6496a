namespace TextEhr.App;

/// <summary>The composition root.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        return args.Length;
    }
}
