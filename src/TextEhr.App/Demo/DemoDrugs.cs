using TextEhr.Domain.Prescriptions;

namespace TextEhr.App.Demo;

/// <summary>The drugs the demo clinic prescribes, by generic name and strength.</summary>
internal static class DemoDrugs
{
    public const string Morning = "1日1回 朝食後";
    public const string Evening = "1日1回 夕食後";
    public const string Bedtime = "1日1回 就寝前";
    public const string TwiceDaily = "1日2回 朝夕食後";
    public const string ThriceDaily = "1日3回 毎食後";

    public static readonly DemoDrug Amlodipine25 = new("アムロジピン錠2.5mg", 1, "錠", Morning);
    public static readonly DemoDrug Amlodipine5 = new("アムロジピン錠5mg", 1, "錠", Morning);
    public static readonly DemoDrug Telmisartan40 = new("テルミサルタン錠40mg", 1, "錠", Morning);
    public static readonly DemoDrug Olmesartan20 = new("オルメサルタン錠20mg", 1, "錠", Morning);
    public static readonly DemoDrug Candesartan8 = new("カンデサルタン錠8mg", 1, "錠", Morning);
    public static readonly DemoDrug Trichlormethiazide1 = new("トリクロルメチアジド錠1mg", 1, "錠", Morning);

    public static readonly DemoDrug Metformin250 = new("メトホルミン塩酸塩錠250mg", 2, "錠", TwiceDaily);
    public static readonly DemoDrug Metformin500 = new("メトホルミン塩酸塩錠500mg", 2, "錠", TwiceDaily);
    public static readonly DemoDrug Sitagliptin50 = new("シタグリプチン錠50mg", 1, "錠", Morning);
    public static readonly DemoDrug Vildagliptin50 = new("ビルダグリプチン錠50mg", 2, "錠", TwiceDaily);
    public static readonly DemoDrug Empagliflozin10 = new("エンパグリフロジン錠10mg", 1, "錠", Morning);
    public static readonly DemoDrug Glimepiride05 = new("グリメピリド錠0.5mg", 1, "錠", Morning);

    public static readonly DemoDrug Rosuvastatin25 = new("ロスバスタチン錠2.5mg", 1, "錠", Evening);
    public static readonly DemoDrug Rosuvastatin5 = new("ロスバスタチン錠5mg", 1, "錠", Evening);
    public static readonly DemoDrug Atorvastatin10 = new("アトルバスタチン錠10mg", 1, "錠", Evening);
    public static readonly DemoDrug Pitavastatin2 = new("ピタバスタチンCa錠2mg", 1, "錠", Evening);
    public static readonly DemoDrug Ezetimibe10 = new("エゼチミブ錠10mg", 1, "錠", Evening);

    public static readonly DemoDrug Febuxostat10 = new("フェブキソスタット錠10mg", 1, "錠", Morning);
    public static readonly DemoDrug Febuxostat20 = new("フェブキソスタット錠20mg", 1, "錠", Morning);
    public static readonly DemoDrug Allopurinol100 = new("アロプリノール錠100mg", 1, "錠", Morning);

    public static readonly DemoDrug Alendronate35 = new("アレンドロン酸錠35mg", 1, "錠", "週1回 起床時") { IsWeekly = true };
    public static readonly DemoDrug Eldecalcitol = new("エルデカルシトールカプセル0.75μg", 1, "カプセル", Morning);

    public static readonly DemoDrug Lansoprazole15 = new("ランソプラゾールOD錠15mg", 1, "錠", Morning);
    public static readonly DemoDrug Vonoprazan10 = new("ボノプラザン錠10mg", 1, "錠", Morning);
    public static readonly DemoDrug Famotidine20 = new("ファモチジン錠20mg", 2, "錠", TwiceDaily);

    public static readonly DemoDrug Zolpidem5 = new("ゾルピデム酒石酸塩錠5mg", 1, "錠", Bedtime) { MaxDays = 30 };
    public static readonly DemoDrug Suvorexant15 = new("スボレキサント錠15mg", 1, "錠", Bedtime);
    public static readonly DemoDrug Lemborexant5 = new("レンボレキサント錠5mg", 1, "錠", Bedtime);

    public static readonly DemoDrug MagnesiumOxide330 = new("酸化マグネシウム錠330mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Sennoside12 = new("センノシド錠12mg", 2, "錠", Bedtime);

    public static readonly DemoDrug Acetaminophen200 = new("アセトアミノフェン錠200mg", 2, "錠", "発熱時・疼痛時", DosageForm.AsNeeded);
    public static readonly DemoDrug Acetaminophen500 = new("アセトアミノフェン錠500mg", 1, "錠", "疼痛時", DosageForm.AsNeeded);
    public static readonly DemoDrug Loxoprofen60 =
        new("ロキソプロフェンナトリウム錠60mg", 1, "錠", "疼痛時", DosageForm.AsNeeded) { AllergyClass = DemoAllergens.Nsaids };

    public static readonly DemoDrug Loxoprofen60Regular =
        new("ロキソプロフェンナトリウム錠60mg", 3, "錠", ThriceDaily) { AllergyClass = DemoAllergens.Nsaids };

    public static readonly DemoDrug LoxoprofenTape =
        new("ロキソプロフェンナトリウムテープ100mg", 14, "枚", "1日1回 腰部に貼付", DosageForm.External) { AllergyClass = DemoAllergens.Nsaids };

    public static readonly DemoDrug Rebamipide100 = new("レバミピド錠100mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Carbocisteine500 = new("カルボシステイン錠500mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Tranexamic250 = new("トラネキサム酸錠250mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Dextromethorphan15 = new("デキストロメトルファン臭化水素酸塩錠15mg", 6, "錠", ThriceDaily);
    public static readonly DemoDrug Ambroxol15 = new("アンブロキソール塩酸塩錠15mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Clarithromycin200 = new("クラリスロマイシン錠200mg", 2, "錠", TwiceDaily);

    public static readonly DemoDrug Amoxicillin250 =
        new("アモキシシリンカプセル250mg", 3, "カプセル", ThriceDaily) { AllergyClass = DemoAllergens.Penicillins };

    public static readonly DemoDrug Cefcapene100 =
        new("セフカペンピボキシル塩酸塩錠100mg", 3, "錠", ThriceDaily) { AllergyClass = DemoAllergens.Cephems };

    public static readonly DemoDrug Levofloxacin500 =
        new("レボフロキサシン錠500mg", 1, "錠", Morning) { AllergyClass = DemoAllergens.Quinolones };

    public static readonly DemoDrug Oseltamivir75 = new("オセルタミビルカプセル75mg", 2, "カプセル", TwiceDaily);
    public static readonly DemoDrug Valacyclovir500 = new("バラシクロビル錠500mg", 6, "錠", ThriceDaily);
    public static readonly DemoDrug Fexofenadine60 = new("フェキソフェナジン塩酸塩錠60mg", 2, "錠", TwiceDaily);
    public static readonly DemoDrug Olopatadine5 = new("オロパタジン塩酸塩錠5mg", 2, "錠", "1日2回 朝食後・就寝前");
    public static readonly DemoDrug Domperidone10 = new("ドンペリドン錠10mg", 3, "錠", "1日3回 毎食前");
    public static readonly DemoDrug Lactobacillus = new("ビフィズス菌製剤錠12mg", 3, "錠", ThriceDaily);
    public static readonly DemoDrug Scopolamine10 = new("ブチルスコポラミン臭化物錠10mg", 1, "錠", "腹痛時", DosageForm.AsNeeded);
    // Powders and dry syrups for children (doses for about 20 kg).
    public static readonly DemoDrug ChildAcetaminophen = new("アセトアミノフェン細粒20%", 1, "g", "発熱時", DosageForm.AsNeeded);
    public static readonly DemoDrug ChildCarbocisteine = new("カルボシステインDS50%", 1.2m, "g", ThriceDaily);
    public static readonly DemoDrug ChildLactobacillus = new("ビフィズス菌製剤散", 1.5m, "g", ThriceDaily);
    public static readonly DemoDrug ChildOseltamivir = new("オセルタミビルDS3%", 2.6m, "g", TwiceDaily);
    public static readonly DemoDrug ChildClarithromycin = new("クラリスロマイシンDS10%", 3, "g", TwiceDaily);

    public static readonly DemoDrug ChildAmoxicillin =
        new("アモキシシリン細粒10%", 6, "g", ThriceDaily) { AllergyClass = DemoAllergens.Penicillins };

    public static readonly DemoDrug ChildFexofenadine = new("フェキソフェナジン塩酸塩錠30mg", 2, "錠", TwiceDaily);

    public static readonly DemoDrug Heparinoid = new("ヘパリン類似物質油性クリーム0.3%", 50, "g", "1日2回 患部に塗布", DosageForm.External);
    public static readonly DemoDrug Betamethasone = new("ベタメタゾン吉草酸エステル軟膏0.12%", 10, "g", "1日2回 患部に塗布", DosageForm.External);
}
