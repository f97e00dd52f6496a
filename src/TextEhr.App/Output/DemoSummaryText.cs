using TextEhr.App.Cli;
using TextEhr.App.Demo;

namespace TextEhr.App.Output;

/// <summary>The Japanese summary <c>demo</c> prints after generating a clinic.</summary>
public static class DemoSummaryText
{
    public static void Write(TextWriter output, DemoSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.WriteLine(CliMessages.DemoSummaryHeader(summary.Elapsed));
        output.WriteLine(CliMessages.DemoSummaryPatients(summary.Patients));
        output.WriteLine(CliMessages.DemoSummaryEntries(summary.Entries, summary.Prescriptions));
        output.WriteLine(CliMessages.DemoSummaryLabs(summary.LabResults));
        output.WriteLine(CliMessages.DemoSummaryAllergies(summary.Allergies));
        output.WriteLine(CliMessages.DemoSummaryProblems(summary.Problems));
    }
}
