using TextEhr.Domain.Patients;
using static TextEhr.App.Demo.DemoDrugs;

namespace TextEhr.App.Demo;

/// <summary>The everyday acute illnesses of a neighbourhood clinic.</summary>
internal static class DemoAcuteConditions
{
    private static readonly int[] Winter = [12, 1, 2, 3];

    public static IReadOnlyList<DemoAcuteCondition> All { get; } =
    [
        new(
            "急性上気道炎",
            "J06.9",
            30,
            ["2日前から咽頭痛、鼻汁あり。", "昨日から微熱と咳嗽。", "のどの痛みと鼻水、倦怠感。", "家族にかぜ症状あり。"],
            ["咽頭発赤軽度、扁桃腫大なし。呼吸音清。", "咽頭発赤あり。頸部リンパ節腫脹なし。肺雑音なし。"],
            ["対症療法。水分摂取と安静を指示。", "症状悪化時は再診。"],
            [new(Acetaminophen200, 5), new(Carbocisteine500, 5), new(Tranexamic250, 5)])
        {
            Temperature = 37.4,
            FollowUpChance = 0.1,
            ChildPrescription = [new(ChildAcetaminophen, 5), new(ChildCarbocisteine, 5)],
        },
        new(
            "急性胃腸炎",
            "K52.9",
            15,
            ["昨夜から嘔吐2回、水様便5回。", "今朝から腹痛と下痢。家族も同様の症状。", "嘔気と下痢、食欲低下。"],
            ["腹部平坦・軟、心窩部に軽度圧痛。腸蠕動音亢進。", "腹部に反跳痛なし。脱水所見軽度。"],
            ["経口補水療法を指導。", "消化のよい食事を指導。"],
            [new(Lactobacillus, 5), new(Domperidone10, 3), new(Scopolamine10, 5)])
        {
            Temperature = 37.2,
            FollowUpChance = 0.15,
            ChildPrescription = [new(ChildLactobacillus, 5)],
        },
        new(
            "インフルエンザ",
            "J11.1",
            10,
            ["昨夜から38℃台の発熱、関節痛。", "急な高熱と悪寒、頭痛。職場で流行。"],
            ["迅速検査 A型陽性。咽頭発赤あり。", "迅速検査 B型陽性。呼吸音清。"],
            ["出席停止期間を説明。", "解熱後2日まで自宅療養。"],
            [new(Oseltamivir75, 5), new(Acetaminophen200, 5)])
        {
            Months = Winter,
            Temperature = 38.6,
            ChildPrescription = [new(ChildOseltamivir, 5), new(ChildAcetaminophen, 5)],
        },
        new(
            "急性気管支炎",
            "J20.9",
            8,
            ["1週間前から咳嗽が続き、痰が増えてきた。", "かぜの後、咳が止まらない。"],
            ["呼吸音 両側に軽度の rhonchi。", "呼吸音やや粗。SpO2 良好。"],
            ["改善なければ胸部X線を検討。"],
            [new(Dextromethorphan15, 7), new(Ambroxol15, 7), new(Clarithromycin200, 7)])
        {
            Temperature = 37.3,
            FollowUpChance = 0.4,
            Suspected = ("肺炎", "J18.9"),
            ChildPrescription = [new(ChildCarbocisteine, 7), new(ChildClarithromycin, 7)],
        },
        new(
            "アレルギー性鼻炎",
            "J30.2",
            10,
            ["くしゃみ、鼻水、目のかゆみ。毎年この時期。", "花粉症の症状が出てきた。"],
            ["鼻粘膜蒼白・腫脹。結膜充血軽度。"],
            ["花粉の回避を指導。"],
            [new(Fexofenadine60, 28, Olopatadine5)])
        {
            Months = [2, 3, 4],
            Eligible = (age, _) => age >= 7,
            ChildPrescription = [new(ChildFexofenadine, 28)],
        },
        new(
            "腰痛症",
            "M54.5",
            8,
            ["重い物を持ってから腰が痛い。", "3日前から腰痛、下肢のしびれなし。"],
            ["腰部傍脊柱筋に圧痛。SLR 陰性。下肢筋力正常。"],
            ["安静とストレッチを指導。2週間で改善なければ整形外科へ。"],
            [new(Loxoprofen60, 10, Acetaminophen500), new(Rebamipide100, 5), new(LoxoprofenTape, 1, Heparinoid)])
        {
            Eligible = (age, _) => age >= 18,
        },
        new(
            "急性膀胱炎",
            "N30.0",
            5,
            ["排尿時痛と頻尿。", "昨日から残尿感と排尿時痛。"],
            ["尿検査 白血球 3+、亜硝酸塩 陽性。CVA叩打痛なし。"],
            ["水分摂取を多めにするよう指導。"],
            [new(Levofloxacin500, 5, Cefcapene100)])
        {
            Eligible = (age, sex) => sex == Sex.Female && age >= 15,
        },
        new(
            "帯状疱疹",
            "B02.9",
            3,
            ["右胸部にピリピリした痛みと発疹。", "左腰部に水疱を伴う発疹と痛み。"],
            ["片側の皮膚分節に沿って紅斑と小水疱の集簇。"],
            ["痛みが続く場合は再診。"],
            [new(Valacyclovir500, 7), new(Acetaminophen500, 10)])
        {
            Eligible = (age, _) => age >= 40,
            FollowUpChance = 0.5,
        },
        new(
            "急性扁桃炎",
            "J03.9",
            5,
            ["のどが強く痛み、飲み込みにくい。", "高熱と咽頭痛。"],
            ["両側扁桃腫大、白苔付着。前頸部リンパ節腫脹。"],
            ["抗菌薬は飲み切るよう説明。"],
            [new(Amoxicillin250, 7, Clarithromycin200), new(Acetaminophen200, 5)])
        {
            Temperature = 38.3,
            FollowUpChance = 0.2,
            ChildPrescription = [new(ChildAmoxicillin, 7, ChildClarithromycin), new(ChildAcetaminophen, 5)],
        },
        new(
            "湿疹",
            "L30.9",
            5,
            ["腕にかゆみのある発疹。", "乾燥して手がかゆい。"],
            ["前腕に紅斑と掻破痕。"],
            ["保湿を指導。"],
            [new(Betamethasone, 1), new(Heparinoid, 1)]),
        new(
            "急性胃炎",
            "K29.1",
            5,
            ["数日前から心窩部痛と胃もたれ。", "空腹時に胃が痛む。"],
            ["心窩部に軽度圧痛。腹部柔軟。"],
            ["症状が続けば上部消化管内視鏡を検討。"],
            [new(Famotidine20, 14), new(Rebamipide100, 14)])
        {
            Eligible = (age, _) => age >= 15,
            FollowUpChance = 0.3,
            Suspected = ("胃潰瘍", "K25.9"),
        },
    ];

    public static IReadOnlyList<double> Weights { get; } = [.. All.Select(condition => condition.Weight)];
}
