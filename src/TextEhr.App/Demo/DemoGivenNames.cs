using TextEhr.Domain.Patients;

namespace TextEhr.App.Demo;

/// <summary>
/// Given names by sex and generation: a woman born in 1935 is 節子 or ハル, one born in 2015 陽菜. Each
/// sex has about a hundred names in three generations.
/// </summary>
internal static class DemoGivenNames
{
    private static readonly IReadOnlyList<DemoName> MaleOld = DemoSurnames.Parse(
        "清 キヨシ,茂 シゲル,勇 イサム,博 ヒロシ,実 ミノル,弘 ヒロシ,進 ススム,正 タダシ,明 アキラ,稔 ミノル,"
        + "豊 ユタカ,修 オサム,武 タケシ,勝 マサル,昭 アキラ,三郎 サブロウ,一郎 イチロウ,正男 マサオ,和夫 カズオ,"
        + "秀夫 ヒデオ,幸男 ユキオ,義雄 ヨシオ,昭二 ショウジ,健一 ケンイチ,隆 タカシ,功 イサオ,敏夫 トシオ,信夫 ノブオ,"
        + "正治 マサハル,忠 タダシ,孝 タカシ,光男 ミツオ,文雄 フミオ,久雄 ヒサオ,貞夫 サダオ");

    private static readonly IReadOnlyList<DemoName> MaleMiddle = DemoSurnames.Parse(
        "誠 マコト,浩 ヒロシ,哲也 テツヤ,直樹 ナオキ,剛 ツヨシ,大輔 ダイスケ,拓也 タクヤ,和也 カズヤ,達也 タツヤ,"
        + "健太 ケンタ,智之 トモユキ,隆之 タカユキ,秀樹 ヒデキ,浩二 コウジ,康弘 ヤスヒロ,聡 サトシ,学 マナブ,"
        + "修一 シュウイチ,裕介 ユウスケ,雄一 ユウイチ,健二 ケンジ,正樹 マサキ,淳 ジュン,英樹 ヒデキ,伸一 シンイチ,"
        + "慎也 シンヤ,洋平 ヨウヘイ,亮 リョウ,純一 ジュンイチ,克也 カツヤ,俊介 シュンスケ,竜也 タツヤ,浩之 ヒロユキ");

    private static readonly IReadOnlyList<DemoName> MaleYoung = DemoSurnames.Parse(
        "翔太 ショウタ,大輝 ダイキ,蓮 レン,悠斗 ユウト,陽翔 ハルト,湊 ミナト,颯太 ソウタ,拓海 タクミ,翔 ショウ,"
        + "大翔 ヒロト,樹 イツキ,悠真 ユウマ,陸 リク,海斗 カイト,健太郎 ケンタロウ,優斗 ユウト,亮太 リョウタ,駿 シュン,"
        + "陽太 ヨウタ,結翔 ユイト,朝陽 アサヒ,翼 ツバサ,大和 ヤマト,颯 ハヤテ,瑛太 エイタ,涼 リョウ,航 ワタル,"
        + "蒼 アオイ,奏太 カナタ,悠人 ユウト,智也 トモヤ,直人 ナオト");

    private static readonly IReadOnlyList<DemoName> FemaleOld = DemoSurnames.Parse(
        "和子 カズコ,幸子 サチコ,節子 セツコ,洋子 ヨウコ,弘子 ヒロコ,京子 キョウコ,恵子 ケイコ,美智子 ミチコ,久子 ヒサコ,"
        + "文子 フミコ,千代子 チヨコ,トミ トミ,ハル ハル,キヨ キヨ,静子 シズコ,光子 ミツコ,信子 ノブコ,昌子 マサコ,"
        + "悦子 エツコ,順子 ジュンコ,良子 ヨシコ,正子 マサコ,喜代子 キヨコ,春子 ハルコ,敏子 トシコ,貞子 サダコ,"
        + "芳子 ヨシコ,秋子 アキコ,栄子 エイコ,花子 ハナコ,清子 キヨコ,君子 キミコ,美代子 ミヨコ,ふみ フミ");

    private static readonly IReadOnlyList<DemoName> FemaleMiddle = DemoSurnames.Parse(
        "裕子 ユウコ,真由美 マユミ,久美子 クミコ,由美子 ユミコ,直美 ナオミ,智子 トモコ,明美 アケミ,純子 ジュンコ,"
        + "陽子 ヨウコ,恵美 エミ,香織 カオリ,美穂 ミホ,愛 アイ,恵 メグミ,さゆり サユリ,由紀 ユキ,麻衣 マイ,"
        + "亜希子 アキコ,理恵 リエ,奈美 ナミ,由香 ユカ,綾 アヤ,千尋 チヒロ,舞 マイ,美紀 ミキ,朋子 トモコ,貴子 タカコ,"
        + "紀子 ノリコ,典子 ノリコ,みゆき ミユキ,早苗 サナエ,留美子 ルミコ,佳代 カヨ");

    private static readonly IReadOnlyList<DemoName> FemaleYoung = DemoSurnames.Parse(
        "陽菜 ヒナ,結衣 ユイ,葵 アオイ,さくら サクラ,美咲 ミサキ,凛 リン,芽依 メイ,結菜 ユイナ,莉子 リコ,紬 ツムギ,"
        + "杏 アン,陽葵 ヒマリ,美羽 ミウ,彩花 アヤカ,七海 ナナミ,優奈 ユウナ,心春 コハル,花音 カノン,菜々子 ナナコ,"
        + "愛莉 アイリ,真央 マオ,遥 ハルカ,楓 カエデ,詩織 シオリ,琴音 コトネ,沙織 サオリ,彩 アヤ,萌 モエ,杏奈 アンナ,"
        + "美月 ミヅキ,千夏 チナツ,ひなた ヒナタ");

    /// <summary>Every name of one sex, for tests and for counting.</summary>
    public static IReadOnlyList<DemoName> All(Sex sex) =>
        sex == Sex.Male ? [.. MaleOld, .. MaleMiddle, .. MaleYoung] : [.. FemaleOld, .. FemaleMiddle, .. FemaleYoung];

    /// <summary>The names a child born in <paramref name="birthYear"/> was likely given.</summary>
    public static IReadOnlyList<DemoName> ForGeneration(Sex sex, int birthYear) => (sex, birthYear) switch
    {
        (Sex.Male, < 1960) => MaleOld,
        (Sex.Male, < 1990) => MaleMiddle,
        (Sex.Male, _) => MaleYoung,
        (_, < 1960) => FemaleOld,
        (_, < 1990) => FemaleMiddle,
        _ => FemaleYoung,
    };
}
