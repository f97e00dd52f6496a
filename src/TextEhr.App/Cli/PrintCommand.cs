using System.CommandLine;

namespace TextEhr.App.Cli;

/// <summary><c>textehr print</c>: documents as PDF, and to a printer.</summary>
internal sealed class PrintCommand : Command
{
    public PrintCommand(CliContext context)
        : base("print", "書類 (診療情報提供書・患者サマリー・院外処方箋) を PDF にして印刷する")
    {
        Subcommands.Add(new PrintReferralCommand(context));
        Subcommands.Add(new PrintSummaryCommand(context));
        Subcommands.Add(new PrintPrescriptionCommand(context));
    }
}
