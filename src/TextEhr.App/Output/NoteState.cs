namespace TextEhr.App.Output;

/// <summary>How a chart-entry version stands: 一時保存, 確定 or 取消.</summary>
public enum NoteState
{
    Draft,
    Confirmed,
    Voided,
}
