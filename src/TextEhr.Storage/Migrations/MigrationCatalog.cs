using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TextEhr.Storage.Migrations;

/// <summary>The <c>Migrations/NNNN_name.sql</c> files embedded in this assembly, in order.</summary>
internal static partial class MigrationCatalog
{
    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(Load);

    public static IReadOnlyList<Migration> All => Loaded.Value;

    /// <summary>The schema version this build writes: the number of its newest migration.</summary>
    public static int LatestVersion => All[^1].Version;

    private static List<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourcePattern().Match(resource);
            if (match.Success)
            {
                var version = int.Parse(match.Groups["version"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                migrations.Add(new Migration(version, match.Groups["name"].Value, ReadText(assembly, resource)));
            }
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"Migrations must be numbered 1, 2, 3 … without gaps; found {migrations[i].Version} at position {i + 1}."));
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No migrations are embedded.");
    }

    private static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded migration {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Migrations\.(?<version>[0-9]{4})_(?<name>[A-Za-z0-9_]+)\.sql$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 100)]
    private static partial Regex ResourcePattern();
}
