using System.Text;
using TextEhr.Documents.Html;
using TextEhr.Documents.Referral;
using TextEhr.Tests.Shared;

namespace TextEhr.Documents.Tests;

public sealed class TemplateStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("textehr-templates-");

    [Fact]
    public void Without_an_override_the_built_in_template_is_used()
    {
        var store = new TemplateStore(_folder.FullName);

        Assert.False(store.IsOverridden(ReferralLetterHtml.TemplateName));
        Assert.Contains("診療情報提供書", store.Load(ReferralLetterHtml.TemplateName), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_the_same_name_in_the_clinic_folder_replaces_the_built_in_template()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "referral.html"), "<p>当院様式 {{patientName}} {{unknownField}}</p>", Encoding.UTF8);
        var store = new TemplateStore(_folder.FullName);
        var letter = Referral.ReferralLetterModel.FromChart(
            DocumentSamples.Patient(), [], null, [], [], [], DocumentSamples.Clinic(), "佐藤", DocumentSamples.Today);

        var html = ReferralLetterHtml.Render(letter, store, font: null).Html;

        Assert.True(store.IsOverridden("referral.html"));
        Assert.Equal("<p>当院様式 山田\u3000花子 {{unknownField}}</p>", html);
    }

    [Fact]
    public void The_built_in_template_uses_only_placeholders_the_letter_fills()
    {
        var names = HtmlTemplate.Names(new TemplateStore().Load(ReferralLetterHtml.TemplateName));
        var letter = Referral.ReferralLetterModel.FromChart(DocumentSamples.Patient(), [], null, [], [], [], DocumentSamples.Clinic(), "佐藤", DocumentSamples.Today);
        var known = ReferralLetterHtml.Texts(letter).Keys.Append("fontFace").ToHashSet(StringComparer.Ordinal);

        Assert.All(names, name => Assert.Contains(name, known));
        Assert.Contains("course", names, StringComparer.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
