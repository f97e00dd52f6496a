using TextEhr.App.Hosting;
using TextEhr.Documents;

namespace TextEhr.App.Documents;

/// <summary>What the command line and the screens fill documents from, made the same way for both.</summary>
public static class DocumentSources
{
    /// <summary>The clinic's block of a document (紹介元, 保険医療機関).</summary>
    public static ClinicInfo Clinic(ClinicProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ClinicInfo
        {
            Name = profile.Name,
            InstitutionCode = profile.InstitutionCode,
            Prefecture = profile.Prefecture,
            PostalCode = profile.PostalCode,
            Address = profile.Address,
            Phone = profile.Phone,
        };
    }

    /// <summary>The list's 宛先/題 of a letter: the hospital and department, or the document's title when none was written.</summary>
    public static string Addressee(string institution, string department, string fallback)
    {
        var to = string.Join(' ', new[] { institution, department }.Select(static s => s.Trim()).Where(static s => s.Length > 0));
        return to.Length > 0 ? to : fallback;
    }
}
