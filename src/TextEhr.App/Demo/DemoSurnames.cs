namespace TextEhr.App.Demo;

/// <summary>
/// Common Japanese surnames, most frequent first, with their usual reading; some families write theirs
/// with a variant kanji (髙橋, 山﨑, 𠮷田), which search must still find under the common form.
/// </summary>
internal static class DemoSurnames
{
    public static IReadOnlyList<DemoName> All { get; } = Parse(
        "佐藤 サトウ,鈴木 スズキ,高橋 タカハシ,田中 タナカ,伊藤 イトウ,渡辺 ワタナベ,山本 ヤマモト,中村 ナカムラ,"
        + "小林 コバヤシ,加藤 カトウ,吉田 ヨシダ,山田 ヤマダ,佐々木 ササキ,山口 ヤマグチ,松本 マツモト,井上 イノウエ,"
        + "木村 キムラ,林 ハヤシ,斎藤 サイトウ,清水 シミズ,山崎 ヤマザキ,森 モリ,池田 イケダ,橋本 ハシモト,"
        + "阿部 アベ,石川 イシカワ,山下 ヤマシタ,中島 ナカジマ,石井 イシイ,小川 オガワ,前田 マエダ,岡田 オカダ,"
        + "長谷川 ハセガワ,藤田 フジタ,後藤 ゴトウ,近藤 コンドウ,村上 ムラカミ,遠藤 エンドウ,青木 アオキ,坂本 サカモト,"
        + "斉藤 サイトウ,福田 フクダ,太田 オオタ,西村 ニシムラ,藤井 フジイ,金子 カネコ,岡本 オカモト,藤原 フジワラ,"
        + "中野 ナカノ,三浦 ミウラ,原田 ハラダ,中川 ナカガワ,松田 マツダ,竹内 タケウチ,小野 オノ,田村 タムラ,"
        + "中山 ナカヤマ,和田 ワダ,石田 イシダ,森田 モリタ,上田 ウエダ,原 ハラ,内田 ウチダ,柴田 シバタ,"
        + "酒井 サカイ,宮崎 ミヤザキ,横山 ヨコヤマ,高木 タカギ,安藤 アンドウ,宮本 ミヤモト,大野 オオノ,小島 コジマ,"
        + "谷口 タニグチ,今井 イマイ,工藤 クドウ,高田 タカダ,増田 マスダ,丸山 マルヤマ,杉山 スギヤマ,村田 ムラタ,"
        + "大塚 オオツカ,新井 アライ,小山 コヤマ,平野 ヒラノ,藤本 フジモト,河野 コウノ,上野 ウエノ,野口 ノグチ,"
        + "武田 タケダ,松井 マツイ,千葉 チバ,岩崎 イワサキ,菅原 スガワラ,木下 キノシタ,久保 クボ,佐野 サノ,"
        + "野村 ノムラ,松尾 マツオ,市川 イチカワ,菊地 キクチ,杉本 スギモト,古川 フルカワ,大西 オオニシ,島田 シマダ,"
        + "水野 ミズノ,桜井 サクライ,高野 タカノ,渡部 ワタナベ,吉川 ヨシカワ,山内 ヤマウチ,西田 ニシダ,飯田 イイダ,"
        + "菊池 キクチ,西川 ニシカワ,小松 コマツ,北村 キタムラ,安田 ヤスダ,五十嵐 イガラシ,川口 カワグチ,平田 ヒラタ,"
        + "関 セキ,中田 ナカタ,久保田 クボタ,服部 ハットリ,岩田 イワタ,土屋 ツチヤ,川崎 カワサキ,福島 フクシマ,"
        + "本田 ホンダ,辻 ツジ,樋口 ヒグチ,秋山 アキヤマ,田口 タグチ,永井 ナガイ,山中 ヤマナカ,中西 ナカニシ,"
        + "吉村 ヨシムラ,川上 カワカミ,石原 イシハラ,大橋 オオハシ,松岡 マツオカ,馬場 ババ,浅野 アサノ,荒木 アラキ,"
        + "大久保 オオクボ,野田 ノダ,小池 コイケ,松浦 マツウラ,熊谷 クマガイ,吉岡 ヨシオカ,小西 コニシ,田辺 タナベ,"
        + "星野 ホシノ,片山 カタヤマ,川村 カワムラ,岡崎 オカザキ,南 ミナミ,内藤 ナイトウ,松下 マツシタ,小沢 オザワ,"
        + "中沢 ナカザワ,宮田 ミヤタ");

    /// <summary>
    /// Spellings some families use instead of the common one. The reading is unchanged; 𠮷 is outside
    /// the BMP (a surrogate pair), which is exactly what a careless width or search routine breaks on.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Variants { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["高橋"] = ["髙橋"],
            ["山崎"] = ["山﨑"],
            ["宮崎"] = ["宮﨑"],
            ["岩崎"] = ["岩﨑"],
            ["斎藤"] = ["齋藤", "齊藤"],
            ["渡辺"] = ["渡邊", "渡邉"],
            ["吉田"] = ["\U00020BB7田"],
            ["島田"] = ["嶋田"],
            ["桜井"] = ["櫻井"],
            ["小沢"] = ["小澤"],
            ["中沢"] = ["中澤"],
        };

    /// <summary>Relative frequencies: Zipf-like, so 佐藤 is about ten times as common as the last names.</summary>
    public static IReadOnlyList<double> Weights { get; } =
        [.. Enumerable.Range(0, All.Count).Select(rank => 1.0 / (rank + 15))];

    internal static IReadOnlyList<DemoName> Parse(string table) =>
        [.. table.Split(',').Select(pair => pair.Split(' ')).Select(parts => new DemoName(parts[0], parts[1]))];
}
