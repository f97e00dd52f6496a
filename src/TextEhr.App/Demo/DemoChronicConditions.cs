using TextEhr.Domain.Patients;
using static TextEhr.App.Demo.DemoDrugs;

namespace TextEhr.App.Demo;

/// <summary>What the regulars of an internal-medicine clinic come back for every four to eight weeks.</summary>
internal static class DemoChronicConditions
{
    public static readonly DemoChronicCondition Hypertension = new(
        "高血圧症",
        "I10",
        (age, _) => age >= 60 ? 0.7 : 0.5,
        [
            [[Amlodipine25], [Amlodipine5], [Amlodipine5, Telmisartan40], [Amlodipine5, Telmisartan40, Trichlormethiazide1]],
            [[Telmisartan40], [Telmisartan40, Amlodipine25], [Telmisartan40, Amlodipine5]],
            [[Olmesartan20], [Olmesartan20, Amlodipine5]],
            [[Candesartan8], [Candesartan8, Amlodipine25], [Candesartan8, Amlodipine5]],
        ],
        ["家庭血圧は朝130台/80台で推移。", "頭痛・めまいなし。", "塩分を控えるよう心がけている。", "家庭血圧の記録を持参。", "朝の血圧がやや高いとのこと。"],
        ["血圧は目標範囲内で安定。", "血圧コントロール良好。", "家庭血圧やや高値、経過観察。", "降圧良好、副作用なし。"],
        ["減塩(6g/日未満)を継続するよう指導。", "家庭血圧の測定を継続。"]);

    public static readonly DemoChronicCondition Diabetes = new(
        "2型糖尿病",
        "E11.9",
        (age, _) => age >= 50 ? 0.35 : 0.2,
        [
            [[Metformin250], [Metformin500], [Metformin500, Sitagliptin50], [Metformin500, Sitagliptin50, Glimepiride05]],
            [[Sitagliptin50], [Sitagliptin50, Metformin250], [Sitagliptin50, Metformin500]],
            [[Vildagliptin50], [Vildagliptin50, Empagliflozin10]],
            [[Metformin500], [Metformin500, Empagliflozin10]],
        ],
        ["間食を減らしている。", "足のしびれなし。", "口渇・多尿なし。", "低血糖症状なし。", "夕食後に30分歩いている。"],
        ["HbA1c 横ばい、食事療法を再確認。", "血糖コントロールまずまず。", "HbA1c 改善傾向。", "低血糖なく経過良好。"],
        ["食事・運動療法を継続。", "眼科受診を勧めた。", "フットケアを指導。"]);

    public static readonly DemoChronicCondition Dyslipidaemia = new(
        "脂質異常症",
        "E78.5",
        (age, sex) => sex == Sex.Female && age >= 55 ? 0.55 : 0.45,
        [
            [[Rosuvastatin25], [Rosuvastatin5], [Rosuvastatin5, Ezetimibe10]],
            [[Atorvastatin10], [Atorvastatin10, Ezetimibe10]],
            [[Pitavastatin2], [Pitavastatin2, Ezetimibe10]],
        ],
        ["筋肉痛なし。", "揚げ物を控えている。"],
        ["LDL-C 目標値を達成。", "脂質は概ね良好。", "LDL-C やや高値。"],
        ["食事療法を継続。"]);

    public static readonly DemoChronicCondition Hyperuricaemia = new(
        "高尿酸血症",
        "E79.0",
        (_, sex) => sex == Sex.Male ? 0.2 : 0.03,
        [
            [[Febuxostat10], [Febuxostat20]],
            [[Allopurinol100]],
        ],
        ["痛風発作なし。", "飲酒は週2回程度。"],
        ["尿酸値は安定。", "発作なく経過。"],
        ["節酒と水分摂取を指導。"]);

    public static readonly DemoChronicCondition Osteoporosis = new(
        "骨粗鬆症",
        "M81.9",
        (age, sex) => sex == Sex.Female && age >= 60 ? 0.3 : age >= 75 ? 0.05 : 0.0,
        [
            [[Alendronate35], [Alendronate35, Eldecalcitol]],
            [[Eldecalcitol]],
        ],
        ["腰の痛みは変わらず。", "転倒なし。"],
        ["骨粗鬆症治療継続。", "服薬状況良好。"],
        ["転倒予防を指導。", "歯科受診時は服薬を伝えるよう説明。"]);

    public static readonly DemoChronicCondition Reflux = new(
        "逆流性食道炎",
        "K21.9",
        (age, _) => age >= 40 ? 0.12 : 0.05,
        [
            [[Lansoprazole15]],
            [[Famotidine20], [Lansoprazole15]],
            [[Vonoprazan10]],
        ],
        ["胸やけは落ち着いている。", "食後のもたれ感あり。"],
        ["症状コントロール良好。"],
        ["就寝前の食事を避けるよう指導。"]);

    public static readonly DemoChronicCondition Insomnia = new(
        "不眠症",
        "G47.0",
        (age, _) => age >= 65 ? 0.12 : 0.06,
        [
            [[Zolpidem5]],
            [[Suvorexant15]],
            [[Lemborexant5]],
        ],
        ["寝つきは良い。", "中途覚醒1回。", "よく眠れている。"],
        ["睡眠は概ね良好。", "ふらつきなし。"],
        ["睡眠衛生を指導。"]);

    public static readonly DemoChronicCondition Constipation = new(
        "便秘症",
        "K59.0",
        (age, _) => age >= 70 ? 0.15 : 0.04,
        [
            [[MagnesiumOxide330], [MagnesiumOxide330, Sennoside12]],
        ],
        ["便通は2日に1回。", "排便良好。"],
        ["排便コントロール良好。"],
        ["水分摂取を促した。"]);

    public static IReadOnlyList<DemoChronicCondition> All { get; } =
        [Hypertension, Diabetes, Dyslipidaemia, Hyperuricaemia, Osteoporosis, Reflux, Insomnia, Constipation];
}
