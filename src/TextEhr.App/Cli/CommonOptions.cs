using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary>The options most commands share. Each command gets its own instances.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "データフォルダ (省略時は環境変数 TEXTEHR_DATA、それもなければ OS の既定の場所)",
        HelpName = "DIR",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "結果を JSON で出力する",
    };

    public static Option<string?> User() => new("--user")
    {
        Description = "操作する利用者のログインID (省略時は最初に登録した医師)",
        HelpName = "LOGIN",
    };

    /// <summary>A text option that stays null when not given.</summary>
    public static Option<string?> Text(string name, string description, string helpName = "TEXT") => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary>A text option that may be given several times.</summary>
    public static Option<string[]> Repeated(string name, string description, string helpName) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };
}
