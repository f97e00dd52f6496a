using TextEhr.Domain.Clinical;

namespace TextEhr.App.Demo;

/// <summary>One confirmed page of the 2号用紙: the day, the moment it was written, and what it says.</summary>
internal sealed record DemoVisit(DateOnly Date, DateTimeOffset At, ChartEntryContent Content);
