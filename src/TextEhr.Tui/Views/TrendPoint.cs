namespace TextEhr.Tui.Views;

/// <summary>One value of a trend: a lab result on the day it was taken.</summary>
public sealed record TrendPoint(DateOnly Date, double Value);
