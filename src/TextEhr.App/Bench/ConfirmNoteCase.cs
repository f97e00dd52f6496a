using TextEhr.Domain.Clinical;

namespace TextEhr.App.Bench;

/// <summary>
/// 確定 of a new note, durably (synchronous=FULL: it survives a power cut once Confirm returns): a draft
/// is created and confirmed, as when the doctor presses F12.
/// </summary>
public sealed class ConfirmNoteCase : IBenchCase
{
    private const int Notes = 200;

    private static readonly ChartEntryContent Content = new()
    {
        Subjective = "ベンチマーク: 特に変わりなし。",
        Objective = "血圧 128/76 mmHg、脈拍 70/分 整。",
        Assessment = "#1 高血圧症: 血圧コントロール良好。",
        Plan = "Do処方。次回4週後。",
        Vitals = new Vitals { Systolic = 128, Diastolic = 76, Pulse = 70 },
    };

    public string Name => "記録の確定";

    public void Run(BenchContext context, BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (context.Samples.Count == 0)
        {
            return;
        }

        var charts = context.Database.Charts;
        var today = DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var both = new List<double>(Notes);
        var confirmOnly = new List<double>(Notes);
        for (var i = 0; i < Notes; i++)
        {
            var patientId = context.Samples[i % context.Samples.Count].Id;
            var confirmMs = 0.0;
            both.Add(BenchTimer.Milliseconds(() =>
            {
                var draft = charts.CreateDraft(patientId, today, Content, context.DoctorId);
                confirmMs = BenchTimer.Milliseconds(() => charts.Confirm(draft.Id, context.DoctorId));
            }));
            confirmOnly.Add(confirmMs);
        }

        report.Add("confirm", "記録の確定 (CreateDraft + Confirm, FULL)", both);
        report.Add("confirm.only", "  うち Confirm のみ", confirmOnly);
    }
}
