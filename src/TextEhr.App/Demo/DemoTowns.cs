namespace TextEhr.App.Demo;

/// <summary>
/// Where the demo clinic's patients live. The clinic stands in 東京都世田谷区: most patients are
/// neighbours, some come from the next wards and from 川崎 across the river, a few from further away.
/// </summary>
internal static class DemoTowns
{
    private const string Tokyo = "東京都";
    private const string Kanagawa = "神奈川県";

    public static IReadOnlyList<DemoTown> Neighbourhood { get; } =
    [
        Setagaya("1540024", "三軒茶屋"), Setagaya("1540004", "太子堂"), Setagaya("1540023", "若林"),
        Setagaya("1540011", "上馬"), Setagaya("1540002", "下馬"), Setagaya("1540012", "駒沢"),
        Setagaya("1540003", "野沢"), Setagaya("1540016", "弦巻"), Setagaya("1540015", "桜新町"),
        Setagaya("1540014", "新町"), Setagaya("1540017", "世田谷"), Setagaya("1560052", "経堂"),
        Setagaya("1560051", "宮坂"), Setagaya("1560054", "桜丘"), Setagaya("1560055", "船橋"),
        Setagaya("1560043", "松原"), Setagaya("1560044", "赤堤"), Setagaya("1560045", "桜上水"),
        Setagaya("1540022", "梅丘"), Setagaya("1540021", "豪徳寺"), Setagaya("1550032", "代沢"),
        Setagaya("1550031", "北沢"), Setagaya("1550033", "代田"), Setagaya("1580097", "用賀"),
        Setagaya("1580095", "瀬田"), Setagaya("1580094", "玉川"), Setagaya("1580083", "奥沢"),
        Setagaya("1580082", "等々力"), Setagaya("1580081", "深沢"), Setagaya("1570066", "成城"),
        Setagaya("1570072", "祖師谷"), Setagaya("1570071", "千歳台"), Setagaya("1570062", "南烏山"),
        Setagaya("1570061", "北烏山"),
    ];

    public static IReadOnlyList<DemoTown> NextDoor { get; } =
    [
        new("1530051", Tokyo, "目黒区", "上目黒", "13", "110", "03"),
        new("1520023", Tokyo, "目黒区", "八雲", "13", "110", "03"),
        new("1520035", Tokyo, "目黒区", "自由が丘", "13", "110", "03"),
        new("1510073", Tokyo, "渋谷区", "笹塚", "13", "113", "03"),
        new("1680064", Tokyo, "杉並区", "永福", "13", "115", "03"),
        new("1680072", Tokyo, "杉並区", "高井戸東", "13", "115", "03"),
        new("2010003", Tokyo, "狛江市", "和泉本町", "13", "219", "03"),
        new("1820022", Tokyo, "調布市", "国領町", "13", "208", "042"),
        new("2130001", Kanagawa, "川崎市高津区", "溝口", "14", "134", "044"),
        new("2140014", Kanagawa, "川崎市多摩区", "登戸", "14", "135", "044"),
    ];

    public static IReadOnlyList<DemoTown> FarAway { get; } =
    [
        new("2250011", Kanagawa, "横浜市青葉区", "あざみ野", "14", "117", "045"),
        new("2200012", Kanagawa, "横浜市西区", "みなとみらい", "14", "103", "045"),
        new("3300062", "埼玉県", "さいたま市浦和区", "仲町", "11", "107", "048"),
        new("2720034", "千葉県", "市川市", "市川", "12", "203", "047"),
        new("1900012", Tokyo, "立川市", "曙町", "13", "202", "042"),
    ];

    private static DemoTown Setagaya(string postalCode, string town) => new(postalCode, Tokyo, "世田谷区", town, "13", "112", "03");
}
