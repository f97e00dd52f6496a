using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>A patient's 保険 (none for 生活保護) and 公費.</summary>
internal sealed record DemoInsurance(Coverage? Coverage, IReadOnlyList<PublicCoverage> PublicCoverages);
