using System.Reflection;
using TextEhr.App.Cli;
using TextEhr.Documents;
using TextEhr.Domain.Patients;
using TextEhr.Storage;
using TextEhr.Tui.Terminals;

namespace TextEhr.App.Tests.Architecture;

/// <summary>
/// Dependencies point one way (ARCHITECTURE.md §3): App → Storage → Domain, and App → Tui; Domain and the
/// terminal layer use no package, and the terminal layer knows nothing of the clinic.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Domain = typeof(Patient).Assembly;
    private static readonly Assembly Storage = typeof(ClinicDatabase).Assembly;
    private static readonly Assembly App = typeof(CliApp).Assembly;
    private static readonly Assembly Tui = typeof(ITerminal).Assembly;
    private static readonly Assembly Documents = typeof(RenderedDocument).Assembly;

    [Fact]
    public void Domain_references_only_the_base_library()
    {
        var references = Names(Domain);

        Assert.All(references, name => Assert.True(IsBaseLibrary(name), $"TextEhr.Domain references {name}"));
    }

    [Fact]
    public void Storage_references_only_Domain_of_ours()
    {
        var ours = Names(Storage).Where(IsOurs).ToList();

        Assert.Equal(["TextEhr.Domain"], ours);
    }

    [Fact]
    public void Storage_does_not_know_the_app_logging_or_command_line()
    {
        var references = Names(Storage);

        Assert.DoesNotContain(references, name => name.StartsWith("Serilog", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("System.CommandLine", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_references_only_Domain_of_ours_and_no_storage_terminal_or_app()
    {
        var references = Names(Documents);

        Assert.Equal(["TextEhr.Domain"], references.Where(IsOurs).ToList());
        Assert.DoesNotContain(references, name => name.StartsWith("Serilog", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal));
    }

    [Fact]
    public void App_composes_storage_domain_and_the_terminal_layer()
    {
        var ours = Names(App).Where(IsOurs).ToList();

        Assert.Contains(ours, static name => string.Equals(name, "TextEhr.Domain", StringComparison.Ordinal));
        Assert.Contains(ours, static name => string.Equals(name, "TextEhr.Storage", StringComparison.Ordinal));
        Assert.Contains(ours, static name => string.Equals(name, "TextEhr.Tui", StringComparison.Ordinal));
    }

    [Fact]
    public void Tui_references_only_the_base_library_no_TextEhr_project_and_no_package()
    {
        var references = Names(Tui);

        Assert.All(references, name => Assert.True(IsBaseLibrary(name), $"TextEhr.Tui references {name}"));
    }

    [Fact]
    public void Domain_and_Storage_never_reference_the_terminal_layer()
    {
        Assert.DoesNotContain(Names(Domain), static name => string.Equals(name, "TextEhr.Tui", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(Storage), static name => string.Equals(name, "TextEhr.Tui", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_references_the_app()
    {
        Assert.DoesNotContain(Names(Domain), static name => string.Equals(name, "textehr", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(Storage), static name => string.Equals(name, "textehr", StringComparison.Ordinal));
        Assert.DoesNotContain(Names(Tui), static name => string.Equals(name, "textehr", StringComparison.Ordinal));
    }

    private static List<string> Names(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(static name => name.Name ?? string.Empty)];

    private static bool IsOurs(string name) =>
        name.StartsWith("TextEhr.", StringComparison.Ordinal) || string.Equals(name, "textehr", StringComparison.Ordinal);

    private static bool IsBaseLibrary(string name) =>
        name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal)
        || string.Equals(name, "netstandard", StringComparison.Ordinal)
        || string.Equals(name, "mscorlib", StringComparison.Ordinal);
}
