using System.Globalization;
using System.Text.RegularExpressions;

namespace TextEhr.App.Backup;

/// <summary>
/// <c>TextEhr-1234567-20250615-183000.ehrbk</c>: the clinic's 医療機関コード and the local (Japan) time,
/// so generations sort by name and pruning can tell our files from anything else on the stick.
/// </summary>
internal static partial class BackupFileName
{
    private const string StampFormat = "yyyyMMdd-HHmmss";

    public static string For(string clinicCode, DateTimeOffset now) =>
        "TextEhr-" + clinicCode + "-" + now.ToOffset(TimeSpan.FromHours(9)).ToString(StampFormat, CultureInfo.InvariantCulture)
        + BackupFormat.FileExtension;

    /// <summary>The clinic code and the time of a name we wrote, or null for any other file.</summary>
    public static (string ClinicCode, DateTimeOffset CreatedAt)? Parse(string fileName)
    {
        var match = Pattern().Match(fileName);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["stamp"].Value, StampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        return (match.Groups["code"].Value, new DateTimeOffset(local, TimeSpan.FromHours(9)));
    }

    /// <summary>The name a file is written under until it is complete and flushed.</summary>
    public static string Partial(string fileName) => "." + fileName + ".partial";

    [GeneratedRegex(@"^TextEhr-(?<code>[0-9A-Za-z]{1,16})-(?<stamp>[0-9]{8}-[0-9]{6})\.ehrbk$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Pattern();
}
