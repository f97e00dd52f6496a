using TextEhr.App.Ui;
using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Documents;

/// <summary>
/// An issued document, read-only as it was issued (↑↓ PageUp PageDown scroll). F12 makes the same page
/// again as a PDF (and prints it when a printer is set); the reissue is kept as a document of its own.
/// </summary>
public sealed class KeptDocumentScreen : IScreen
{
    private readonly AppSession _session;
    private readonly Action<DocumentJobResult> _issued;
    private readonly Label _title = new(string.Empty, VisualRole.Banner);
    private readonly Label _about = new(string.Empty);
    private readonly TextArea _page = new() { ReadOnly = true, HasFocus = true };
    private Rect _area;

    public KeptDocumentScreen(AppSession session, KeptDocumentViewModel model, string caption, Action<DocumentJobResult> issued)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(model);
        _session = session;
        _issued = issued;
        Model = model;
        var document = model.Document;
        _title.Text = DocumentKinds.Heading(document.Kind) + "  " + caption;
        _about.Text = $"{DocumentListViewModel.When(document.CreatedAt)}  {document.Title}  {DocumentListViewModel.OutputLabel(document.Output)}{(document.Printer is { } printer ? " " + printer : string.Empty)}";
        _page.Text = model.Text;
        Keys = AppKeys.Map(
            "document",
            StandardKeys.Help,
            StandardKeys.Confirm with { Label = "再発行", Help = "発行したときと同じ内容の PDF をもう一度作ります。プリンターが設定されていれば印刷もします。" },
            StandardKeys.Back with { Help = "文書の一覧へ戻ります。" });
        Status.Show(DocumentScreenMessages.KeptHint);
    }

    public KeptDocumentViewModel Model { get; }

    public bool IsBusy { get; private set; }

    public StatusLine Status { get; } = new();

    public KeyMap Keys { get; }

    public IFocusable? Focused => _page;

    public void Layout(Rect area)
    {
        _area = area;
        _title.Bounds = area with { Height = Math.Min(area.Height, 1) };
        _about.Bounds = new Rect(area.X + 1, area.Y + 1, Math.Max(area.Width - 2, 0), Math.Min(Math.Max(area.Height - 1, 0), 1));
        _page.Bounds = new Rect(area.X + 1, area.Y + 3, Math.Max(area.Width - 2, 0), Math.Max(area.Height - 4, 0));
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(theme);
        screen.Fill(_area, theme[VisualRole.Normal]);
        _title.Draw(screen, theme);
        _about.Draw(screen, theme);
        _page.Draw(screen, theme);
        Status.Draw(screen, theme);
    }

    public HandleResult Execute(CommandId command)
    {
        // Only this screen's own keys wait for the PDF; the global ones (Ctrl+Q lock) still work.
        if (IsBusy && command != StandardCommands.Help && Keys[command] is not null)
        {
            Status.Show(DocumentScreenMessages.StillWorking, StatusKind.Warning);
            return HandleResult.Redraw;
        }

        if (command == StandardCommands.Confirm)
        {
            IsBusy = true;
            Status.Show(DocumentScreenMessages.Working);
            DocumentJob.Start(_session, Model.Issuer, Model.Reissue(), Model.Printer, Done);
            return HandleResult.Redraw;
        }

        return command == StandardCommands.Back ? HandleResult.Close : HandleResult.Ignored;
    }

    private void Done(DocumentJobResult result)
    {
        IsBusy = false;
        Status.Show(DocumentScreenMessages.KeptHint);
        if (result.Kept is not null)
        {
            _issued(result);
        }

        _session.Navigator.ShowResult(MessageBox.Inform(result.Title, result.Message(Model.Printer is not null)));
    }
}
