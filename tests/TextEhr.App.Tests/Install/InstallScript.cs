using System.Text.RegularExpressions;

namespace TextEhr.App.Tests.Install;

/// <summary>
/// install.ps1 read as text: where it writes (each target variable followed through its assignments,
/// <c>foreach</c> lists and function arguments to a path under a named root such as
/// <c>%LOCALAPPDATA%</c>), and what in it would break Windows PowerShell 5.1.
/// </summary>
internal sealed partial class InstallScript
{
    private const int RegexTimeoutMilliseconds = 1000;
    private const string Unknown = "?";

    // Every command that can change the machine. Each use must be one of the recognised sites below, so a new
    // kind of write cannot slip past the path checks.
    private static readonly string[] WritingCommands =
    [
        "New-Item", "Copy-Item", "Move-Item", "Rename-Item", "Remove-Item", "Set-Content", "Add-Content", "Out-File",
        "Clear-Content", "Set-ItemProperty", "New-ItemProperty", "Remove-ItemProperty", "Unblock-File", "Set-Acl",
        "Expand-Archive", "WriteAll", "AppendAll", "CreateShortcut", "CreateSubKey", "DeleteSubKey", ".Delete(",
        "LocalMachine", "HKLM", "Registry::", ">",
    ];

    private static readonly (string Command, Regex Pattern, bool Removes)[] Sites =
    [
        ("New-Item", SitePattern(@"New-Item\b[^\n]*?-Path\s+\$(?<v>\w+)"), false),
        ("Copy-Item", SitePattern(@"Copy-Item\b[^\n]*?-Destination\s+\$(?<v>\w+)"), false),
        ("Rename-Item", SitePattern(@"Rename-Item\s+-LiteralPath\s+\$(?<v>\w+)"), true),
        ("Remove-Item", SitePattern(@"Remove-Item\s+-LiteralPath\s+\$(?<v>\w+)"), true),
        // FileSystemInfo.Delete(): how a junction or symbolic link is removed without following it.
        (".Delete(", SitePattern(@"\$(?<v>\w+)\.Delete\(\)"), true),
        ("Unblock-File", SitePattern(@"Get-ChildItem\s+-LiteralPath\s+\$(?<v>\w+)[^\n]*\|\s*Unblock-File"), false),
        ("WriteAll", SitePattern(@"\[IO\.File\]::WriteAllText\(\$(?<v>\w+)"), false),
        ("CreateShortcut", SitePattern(@"\.CreateShortcut\(\$(?<v>\w+)\)"), false),
        ("CreateSubKey", SitePattern(@"\[Microsoft\.Win32\.Registry\]::CurrentUser\.CreateSubKey\(\$(?<v>\w+)\)"), false),
        ("DeleteSubKey", SitePattern(@"\[Microsoft\.Win32\.Registry\]::CurrentUser\.DeleteSubKeyTree\(\$(?<v>\w+)"), true),
        ("dotnet publish", SitePattern(@"dotnet publish\b[^\n]*?\s-o\s+\$(?<v>\w+)"), false),
    ];

    private readonly Dictionary<string, List<string>> _bindings = new(StringComparer.OrdinalIgnoreCase);

    public InstallScript(string text)
    {
        Text = text;
        Code = PowerShellText.WithoutComments(text);
        Bare = PowerShellText.Bare(text);
        Bind();
    }

    /// <summary>The whole file as read.</summary>
    public string Text { get; }

    /// <summary>Without comments.</summary>
    public string Code { get; }

    /// <summary>Without comments and with string literals emptied.</summary>
    public string Bare { get; }

    /// <summary>The data folder as the script computes it: the app's default and <c>TEXTEHR_DATA</c>.</summary>
    public IReadOnlyList<string> DataFolders => Values("DataDir");

    public static InstallScript Load() => new(File.ReadAllText(PathOnDisk));

    public static string PathOnDisk => Path.Combine(RepositoryRoot(), "install.ps1");

    /// <summary>Every value <paramref name="variable"/> can take (<c>?</c> for what this reader cannot follow).</summary>
    public IReadOnlyList<string> Values(string variable)
    {
        var values = Values(variable, []);
        return values.Count == 0 ? [Unknown] : values;
    }

    /// <summary>Every recognised write, each with the paths it can touch.</summary>
    public IReadOnlyList<WriteSite> WriteSites() =>
        [.. Sites.SelectMany(site => site.Pattern.Matches(Code).Select(match =>
            new WriteSite(site.Command, match.Groups["v"].Value, site.Removes, Values(match.Groups["v"].Value))))];

    /// <summary>Writes outside the user's own folders, unrecognised writes, and anything that could delete the data.</summary>
    public IReadOnlyList<string> PathProblems()
    {
        var problems = new List<string>();
        var sites = WriteSites();
        foreach (var command in WritingCommands)
        {
            var used = Regex.Count(Bare, Regex.Escape(command), RegexOptions.None, TimeSpan.FromMilliseconds(RegexTimeoutMilliseconds));
            var recognised = sites.Count(site => string.Equals(site.Command, command, StringComparison.Ordinal));
            if (used > recognised)
            {
                problems.Add($"{command} is used {used} time(s) but only {recognised} use(s) are checked writes");
            }
        }

        foreach (var site in sites)
        {
            problems.AddRange(site.Paths.Where(path => !IsAllowed(site, path)).Select(path => $"{site.Command} ${site.Variable} writes outside the user's folders: {path}"));
            if (site.Removes)
            {
                problems.AddRange(site.Paths.Where(TouchesData).Select(path => $"{site.Command} ${site.Variable} can remove the data folder: {path}"));
            }
        }

        return problems;
    }

    /// <summary>PowerShell 7 syntax and commands that Windows PowerShell 5.1 rejects.</summary>
    public IReadOnlyList<string> CompatibilityProblems()
    {
        var problems = new List<string>();
        foreach (var (name, pattern) in new (string, string)[]
        {
            ("null-coalescing ??", @"\?\?"),
            ("null-conditional ?. or ?[", @"\?\.|\?\["),
            ("pipeline chain &&", "&&"),
            ("pipeline chain ||", @"\|\|"),
            ("ternary ? :", @"[^|\s]\s+\?\s+[^{\s]"),
            ("ForEach-Object -Parallel", "-Parallel"),
            ("-AsByteStream", "-AsByteStream"),
            ("utf8NoBOM encoding", "(?i)utf8NoBOM"),
            ("clean block", @"(?im)^\s*clean\s*\{"),
        })
        {
            if (Regex.IsMatch(Bare, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(RegexTimeoutMilliseconds)))
            {
                problems.Add(name);
            }
        }

        return problems;
    }

    private const string PublishFolder = @"%PSScriptRoot%\publish";

    private static bool IsAllowed(WriteSite site, string path)
    {
        string[] roots = site.Command switch
        {
            "CreateSubKey" or "DeleteSubKey" => [@"Console\"],
            "dotnet publish" => [@"%PSScriptRoot%\"],
            _ => [@"%LOCALAPPDATA%\", @"%APPDATA%\", @"%Programs%\", @"%Desktop%\", @"%StartMenu%\"],
        };
        // TEXTEHR_DATA is the user's own choice of data folder: the script may create it, nothing more.
        var isDataOverride = string.Equals(path, "%TEXTEHR_DATA%", StringComparison.Ordinal)
            && string.Equals(site.Command, "New-Item", StringComparison.Ordinal);
        // The checkout's own build output, emptied before each build so no older build's files are installed with it.
        var isOwnBuildOutput = string.Equals(path, PublishFolder, StringComparison.OrdinalIgnoreCase);
        return isDataOverride || isOwnBuildOutput || roots.Any(root => path.StartsWith(root, StringComparison.OrdinalIgnoreCase) && path.Length > root.Length);
    }

    private bool TouchesData(string path) =>
        string.Equals(path, Unknown, StringComparison.Ordinal) || DataFolders.Any(data =>
            string.Equals(data, path, StringComparison.OrdinalIgnoreCase)
            || data.StartsWith(path.TrimEnd('\\') + "\\", StringComparison.OrdinalIgnoreCase));

    private void Bind()
    {
        foreach (Match match in Assignment().Matches(Code))
        {
            Add(match.Groups["v"].Value, match.Groups["e"].Value.Trim().TrimEnd('}').Trim());
        }

        foreach (Match match in ForEachList().Matches(Code))
        {
            foreach (Match item in Variable().Matches(match.Groups["list"].Value))
            {
                Add(match.Groups["v"].Value, item.Value);
            }
        }

        foreach (Match function in FunctionWithParameter().Matches(Code))
        {
            var call = new Regex(@"(?<![\w-])" + Regex.Escape(function.Groups["f"].Value) + @"\s+(?<arg>\$(?:env:)?\w+)", RegexOptions.None, TimeSpan.FromMilliseconds(RegexTimeoutMilliseconds));
            foreach (Match argument in call.Matches(Code))
            {
                Add(function.Groups["p"].Value, argument.Groups["arg"].Value);
            }
        }

        // What a function returns, under the name "Function-Name()", so that `$x = Function-Name $y` can be followed.
        foreach (Match function in FunctionBody().Matches(Code))
        {
            foreach (Match returned in Return().Matches(function.Groups["body"].Value))
            {
                Add(function.Groups["f"].Value + "()", returned.Groups["e"].Value.Trim().TrimEnd('}').Trim());
            }
        }
    }

    private void Add(string variable, string expression)
    {
        if (!_bindings.TryGetValue(variable, out var expressions))
        {
            _bindings[variable] = expressions = [];
        }

        expressions.Add(expression);
    }

    private List<string> Values(string variable, HashSet<string> visiting)
    {
        if (string.Equals(variable, "PSScriptRoot", StringComparison.OrdinalIgnoreCase))
        {
            return ["%PSScriptRoot%"];
        }

        if (!_bindings.TryGetValue(variable, out var expressions))
        {
            return [Unknown];
        }

        // A variable that reaches itself again (a recursive function's parameter) adds nothing new on the way round.
        if (!visiting.Add(variable))
        {
            return [];
        }

        var values = expressions.SelectMany(expression => Evaluate(expression, visiting)).Distinct(StringComparer.Ordinal).ToList();
        visiting.Remove(variable);
        return values;
    }

    // The few expression shapes install.ps1 builds paths with; anything else is unknown, and so not allowed.
    private List<string> Evaluate(string expression, HashSet<string> visiting)
    {
        Match match;
        if ((match = EnvironmentVariable().Match(expression)).Success)
        {
            return [$"%{match.Groups["name"].Value}%"];
        }

        if ((match = StoredEnvironmentVariable().Match(expression)).Success)
        {
            return [$"%{match.Groups["name"].Value}%"];
        }

        if ((match = SpecialFolder().Match(expression)).Success)
        {
            return [$"%{match.Groups["name"].Value}%"];
        }

        if (Number().IsMatch(expression))
        {
            return [expression];
        }

        if ((match = WholeVariable().Match(expression)).Success)
        {
            return Values(match.Groups["name"].Value, visiting);
        }

        // Path.GetFullPath and Get-Item name the same place as their argument.
        if ((match = SamePlace().Match(expression)).Success)
        {
            return Values(match.Groups["name"].Value, visiting);
        }

        if ((match = FunctionCall().Match(expression)).Success && _bindings.ContainsKey(match.Groups["f"].Value + "()"))
        {
            return Values(match.Groups["f"].Value + "()", visiting);
        }

        if ((match = Literal().Match(expression)).Success)
        {
            return Interpolate(match.Groups["text"].Value, string.Equals(match.Groups["q"].Value, "\"", StringComparison.Ordinal), visiting);
        }

        if ((match = JoinPath().Match(expression)).Success)
        {
            var parents = Evaluate(match.Groups["parent"].Value, visiting);
            var children = Interpolate(match.Groups["child"].Value, string.Equals(match.Groups["q"].Value, "\"", StringComparison.Ordinal), visiting);
            return [.. parents.SelectMany(parent => children.Select(child => Combine(parent, child)))];
        }

        if ((match = LiteralPlusReplace().Match(expression)).Success)
        {
            var from = match.Groups["from"].Value;
            var to = match.Groups["to"].Value;
            return [.. Values(match.Groups["name"].Value, visiting).Select(value => Combine(match.Groups["text"].Value, value.Replace(from, to, StringComparison.Ordinal)))];
        }

        return [Unknown];
    }

    private List<string> Interpolate(string text, bool expands, HashSet<string> visiting)
    {
        if (!expands)
        {
            return [text];
        }

        List<string> results = [string.Empty];
        var last = 0;
        foreach (Match variable in Variable().Matches(text))
        {
            var prefix = text[last..variable.Index];
            var values = Values(variable.Value[1..], visiting);
            results = [.. results.SelectMany(result => values.Select(value => result + prefix + value))];
            last = variable.Index + variable.Length;
        }

        return [.. results.Select(result => result + text[last..])];
    }

    private static string Combine(string parent, string child) =>
        string.Equals(parent, Unknown, StringComparison.Ordinal) ? Unknown : parent.TrimEnd('\\') + "\\" + child.TrimStart('\\');

    private static Regex SitePattern(string pattern) => new(pattern, RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(RegexTimeoutMilliseconds));

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    [GeneratedRegex(@"(?m)(?<![\w.])\$(?<v>\w+)\s*=\s*(?<e>[^\r\n]+)", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"foreach\s*\(\$(?<v>\w+)\s+in\s+@\((?<list>[^)]*)\)\)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, RegexTimeoutMilliseconds)]
    private static partial Regex ForEachList();

    [GeneratedRegex(@"function\s+(?<f>[\w-]+)\s*\(\[string\]\$(?<p>\w+)\)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, RegexTimeoutMilliseconds)]
    private static partial Regex FunctionWithParameter();

    [GeneratedRegex(@"(?ms)^function\s+(?<f>[\w-]+)\b(?<body>.*?)^\}", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex FunctionBody();

    [GeneratedRegex(@"(?m)\breturn\s+(?<e>[^\r\n]+)", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex Return();

    [GeneratedRegex(@"^(?:\[IO\.Path\]::GetFullPath\(|Get-Item\s+-LiteralPath\s+)\$(?<name>\w+)\b(?:\)|\s+-Force)?$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex SamePlace();

    [GeneratedRegex(@"^(?<f>[A-Z]\w*-[\w-]+)(?:\s+\$(?:env:)?\w+)?$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex FunctionCall();

    [GeneratedRegex(@"\$\w+", RegexOptions.None, RegexTimeoutMilliseconds)]
    private static partial Regex Variable();

    [GeneratedRegex(@"^\$env:(?<name>\w+)$", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, RegexTimeoutMilliseconds)]
    private static partial Regex EnvironmentVariable();

    [GeneratedRegex(@"^\[Environment\]::GetEnvironmentVariable\('(?<name>\w+)',\s*\$\w+\)$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex StoredEnvironmentVariable();

    [GeneratedRegex(@"^\(\[Environment\]::GetFolderPath\('(?<name>\w+)'\)\)$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex SpecialFolder();

    [GeneratedRegex("^[0-9]+$", RegexOptions.None, RegexTimeoutMilliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\$(?<name>\w+)$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex WholeVariable();

    [GeneratedRegex(@"^(?<q>['""])(?<text>[^'""]*)\k<q>$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex Literal();

    [GeneratedRegex(@"^Join-Path\s+(?<parent>\S+|\(.+\))\s+(?<q>['""])(?<child>[^'""]*)\k<q>$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex JoinPath();

    [GeneratedRegex(@"^'(?<text>[^']*)'\s*\+\s*\$(?<name>\w+)\.Replace\('(?<from>[^']*)',\s*'(?<to>[^']*)'\)$", RegexOptions.ExplicitCapture, RegexTimeoutMilliseconds)]
    private static partial Regex LiteralPlusReplace();
}
