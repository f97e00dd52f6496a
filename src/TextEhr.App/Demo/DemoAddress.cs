namespace TextEhr.App.Demo;

/// <summary>Where a patient lives and how to call them.</summary>
internal sealed record DemoAddress(DemoTown Town, string PostalCode, string Address, string Phone);
