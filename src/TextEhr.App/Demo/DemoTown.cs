namespace TextEhr.App.Demo;

/// <summary>
/// A town patients come from: its postal code (7 digits), 都道府県 and 市区町村, the 都道府県番号 used in
/// insurer numbers, the last three digits of the 市区町村 code (which 国保 and 後期高齢者 numbers reuse)
/// and the local telephone area code.
/// </summary>
internal sealed record DemoTown(
    string PostalCode, string Prefecture, string City, string Town, string PrefectureCode, string MunicipalCode, string AreaCode);
