using System.CommandLine;
using TextEhr.Tui.Gallery;
using TextEhr.Tui.Terminals;

namespace TextEhr.App.Cli;

/// <summary>
/// <c>textehr gallery [--theme NAME]</c>: every widget on one full screen, for choosing a theme, checking a
/// terminal, and the end-to-end tests. Needs no data folder. Esc or Ctrl+C ends it.
/// </summary>
internal sealed class GalleryCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string?> _theme = CommonOptions.Text(
        "--theme", "画面の配色 (paper、high-contrast、classic、またはテーマファイルのパス。既定は paper)", "NAME");

    public GalleryCommand(CliContext context)
        : base("gallery", "画面部品の見本を全画面で表示する (配色の選択と端末の確認用。Esc か Ctrl+C で終了)")
    {
        _context = context;
        Options.Add(_theme);
        SetAction(Execute);
    }

    private int Execute(ParseResult parsed)
    {
        // Redirected, the frames would be escape sequences in a file and ReadKey would have nothing to read.
        if (!TerminalFactory.HasConsole)
        {
            _context.Error.WriteLine(CliMessages.NeedsTerminal(CliApp.ExecutableName + " " + Name));
            return ExitCodes.Failure;
        }

        try
        {
            using var terminal = TerminalFactory.Create(time: _context.Time);
            return GalleryApp.Run(terminal, _context.Time, parsed.GetValue(_theme));
        }
        catch (PlatformNotSupportedException)
        {
            _context.Error.WriteLine(CliMessages.TerminalUnsupported);
            return ExitCodes.Failure;
        }
    }
}
