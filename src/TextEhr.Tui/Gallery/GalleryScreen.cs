using TextEhr.Tui.Commands;
using TextEhr.Tui.Hosting;
using TextEhr.Tui.Screen;
using TextEhr.Tui.Themes;
using TextEhr.Tui.Views;

namespace TextEhr.Tui.Gallery;

/// <summary>
/// Every widget on one screen, for people choosing a theme and for end-to-end tests: a banner, a form
/// (氏名, カナ, a date, a choice, a check box, digits), a filtered list over 100,000 rows, a table, a
/// note, a trend chart and the status line; F2 opens a message box. Fits 80×24 and spreads out on
/// larger terminals.
/// </summary>
public sealed class GalleryScreen : IScreen
{
    private readonly EventLoop _loop;
    private readonly KeyMap _keys;
    private readonly Banner _banner = new() { Text = "ウィジェット見本  山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)  男  S50.3.1", Warning = "アレルギー: ペニシリン" };
    private readonly Label _heading = new("患者情報（見本）");
    private readonly Form _form = new();
    private readonly TableView _table = new(GallerySamples.PrescriptionColumns, GallerySamples.Prescriptions());
    private readonly TrendChart _chart = new() { Title = "HbA1c (%)", Points = GallerySamples.HbA1c };
    private readonly ListView _list = new(new GalleryPatients()) { Title = "患者一覧（10万件）" };
    private readonly Label _noteCaption = new("メモ");
    private readonly TextArea _note = new() { Text = GallerySamples.Note };
    private readonly FocusRing _focus;

    public GalleryScreen(EventLoop loop, KeyMap? keys = null)
    {
        ArgumentNullException.ThrowIfNull(loop);
        _loop = loop;
        _keys = keys ?? StandardKeys.ForScreen("gallery");
        _form.Add("患者番号", new TextField { Text = "000123", IsEnabled = false }, width: 10);
        _form.Add("氏名", Name, width: 20);
        _form.Add("カナ", Kana, width: 20);
        _form.Add("生年月日", BirthDate);
        _form.Add("性別", Sex);
        _form.Add("電話", Phone, width: 15);
        _form.Add("紹介状", Referral);
        foreach (var field in new[] { Name, Kana, Phone })
        {
            field.Rejected = message => Status.Show(message, StatusKind.Error);
        }

        BirthDate.Rejected = message => Status.Show(message, StatusKind.Error);
        _focus = new FocusRing([Name, Kana, BirthDate, Sex, Phone, Referral, _list, _table, _note]);
        Status.Show("Enter/Tab 次の欄  Shift+Tab 前の欄  F1 キーの一覧  F2 メッセージ");
    }

    public TextField Name { get; } = new() { MaxCells = 30 };

    public TextField Kana { get; } = new() { Filter = InputFilter.Kana, MaxCells = 30 };

    public DateField BirthDate { get; } = new(GalleryDates.Parse, GalleryDates.Format, boxWidth: 12);

    public Choice Sex { get; } = new(["男", "女"]);

    public TextField Phone { get; } = new() { Filter = InputFilter.Digits, MaxCells = 11 };

    public CheckBox Referral { get; } = new("あり");

    public ListView Patients => _list;

    public StatusLine Status { get; } = new();

    /// <summary>F3 searches from a form field and clears the filter in the list, and the bar says which.</summary>
    public KeyMap Keys => _focus.Current == _list ? _keys.WithLabel(StandardCommands.Search, "絞込解除") : _keys;

    public IFocusable? Focused => _focus.Current;

    public void Layout(Rect area)
    {
        var body = Math.Max(area.Height - 2, 0);
        var leftWidth = Math.Max((area.Width - 2) / 2, 0);
        var left = new Rect(area.X + 1, area.Y + 1, leftWidth, body);
        var right = new Rect(left.Right + 1, area.Y + 1, Math.Max(area.Right - left.Right - 2, 0), body);
        _banner.Bounds = area with { Height = Math.Min(area.Height, 1) };
        Status.Bounds = new Rect(area.X + 1, area.Bottom - 1, Math.Max(area.Width - 2, 0), 1);

        var formHeight = Math.Min(_form.ContentHeight, Math.Max(body - 1, 0));
        _heading.Bounds = left with { Height = Math.Min(body, 1) };
        _form.Bounds = left with { Y = left.Y + 1, Height = formHeight };
        var rest = Math.Max(body - formHeight - 2, 0);
        _table.Bounds = left with { Y = _form.Bounds.Bottom + 1, Height = rest / 2 };
        _chart.Bounds = left with { Y = _table.Bounds.Bottom, Height = rest - (rest / 2) };

        var listHeight = (body + 1) / 2;
        _list.Bounds = right with { Height = listHeight };
        _noteCaption.Bounds = right with { Y = _list.Bounds.Bottom, Height = Math.Min(1, body - listHeight) };
        _note.Bounds = right with { Y = _noteCaption.Bounds.Bottom, Height = Math.Max(body - listHeight - 1, 0) };
    }

    public void Draw(ScreenBuffer screen, Theme theme)
    {
        View[] views = [_banner, _heading, _form, _table, _chart, _list, _noteCaption, _note, Status];
        foreach (var view in views)
        {
            view.Draw(screen, theme);
        }
    }

    public HandleResult Execute(CommandId command)
    {
        if (command == StandardCommands.NextField || command == StandardCommands.PreviousField)
        {
            ShowError(command == StandardCommands.NextField ? _focus.Next() : _focus.Previous());
        }
        else if (command == StandardCommands.New)
        {
            _loop.Push(MessageBox.Confirm("新規", "新しい患者を登録しますか？\n（見本です。何も保存しません）", accepted =>
                Status.Show(accepted ? "「新規」が選ばれました。" : "取り消しました。")));
        }
        else if (command == StandardCommands.Search)
        {
            Search();
        }
        else if (command == StandardCommands.CopyPrevious)
        {
            Status.Show("Do: 前回の処方を複写しました（見本）。");
        }
        else if (command == StandardCommands.SaveDraft)
        {
            Status.Show("一時保存しました（見本）。");
        }
        else if (command == StandardCommands.Confirm)
        {
            Confirm();
        }
        else
        {
            return HandleResult.Ignored;
        }

        return HandleResult.Redraw;
    }

    private void Search()
    {
        if (_focus.Current == _list)
        {
            _list.Filter = string.Empty;
            Status.Show("絞り込みを解除しました。");
            return;
        }

        ShowError(_focus.Focus(_list));
        Status.Show("カナ・漢字・番号を入力すると絞り込みます。");
    }

    private void Confirm()
    {
        if (BirthDate.Validate() is { } error)
        {
            Status.Show("生年月日: " + error, StatusKind.Error);
            _focus.Focus(BirthDate);
            return;
        }

        _loop.Push(MessageBox.Inform("確定", "確定しました。\n（見本です。何も保存しません）"));
    }

    private void ShowError(string? error)
    {
        if (error is not null)
        {
            Status.Show(error, StatusKind.Error);
        }
    }
}
