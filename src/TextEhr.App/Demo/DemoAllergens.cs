using TextEhr.Domain.Clinical;

namespace TextEhr.App.Demo;

/// <summary>The allergies a clinic records most: antibiotics, NSAIDs, contrast media, foods, latex.</summary>
internal static class DemoAllergens
{
    public const string Penicillins = "ペニシリン系";
    public const string Cephems = "セフェム系";
    public const string Nsaids = "NSAIDs";
    public const string Quinolones = "ニューキノロン系";

    public static IReadOnlyList<DemoAllergen> All { get; } =
    [
        new(AllergyCategory.Drug, "ペニシリン系抗菌薬", "発疹", Penicillins),
        new(AllergyCategory.Drug, "アモキシシリン", "全身の蕁麻疹", Penicillins),
        new(AllergyCategory.Drug, "セフェム系抗菌薬", "蕁麻疹", Cephems),
        new(AllergyCategory.Drug, "ロキソプロフェン", "喘息発作", Nsaids),
        new(AllergyCategory.Drug, "アスピリン", "蕁麻疹・呼吸困難", Nsaids),
        new(AllergyCategory.Drug, "レボフロキサシン", "めまい・発疹", Quinolones),
        new(AllergyCategory.Drug, "ヨード造影剤", "嘔気・蕁麻疹"),
        new(AllergyCategory.Drug, "リドカイン", "気分不良"),
        new(AllergyCategory.Other, "卵", "蕁麻疹"),
        new(AllergyCategory.Other, "えび・かに", "口腔内のかゆみ"),
        new(AllergyCategory.Other, "そば", "アナフィラキシー"),
        new(AllergyCategory.Other, "小麦", "蕁麻疹"),
        new(AllergyCategory.Other, "牛乳", "下痢・腹痛"),
        new(AllergyCategory.Other, "ラテックス", "接触皮膚炎"),
        new(AllergyCategory.Other, "アルコール綿", "発赤"),
    ];

    /// <summary>How often each is met, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<double> Weights { get; } = [20, 6, 8, 8, 4, 4, 5, 2, 8, 8, 4, 4, 3, 3, 6];
}
