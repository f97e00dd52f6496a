using TextEhr.Tui.Views;

namespace TextEhr.App.Screens.Patients;

/// <summary>One box of 患者登録 on screen: which field it is, its caption, and how its text goes to and from the view model.</summary>
public sealed record PatientFormBinding(PatientField Field, string Caption, IFocusable View, Func<string> Read, Action<string> Write)
{
    public static PatientFormBinding Of(PatientField field, string caption, TextField box) =>
        new(field, caption, box, () => box.Text, text => box.Text = text);

    public static PatientFormBinding Of(PatientField field, string caption, DateField box) =>
        new(field, caption, box, () => box.Text, text =>
        {
            box.Text = text;
            box.Validate();
        });

    public static PatientFormBinding Of(PatientField field, string caption, Choice choice) =>
        new(field, caption, choice, () => choice.SelectedOption ?? string.Empty, text =>
            choice.SelectedIndex = choice.Options.ToList().FindIndex(option => string.Equals(option, text, StringComparison.Ordinal)));
}
