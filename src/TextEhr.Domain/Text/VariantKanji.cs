using System.Collections.Frozen;

namespace TextEhr.Domain.Text;

/// <summary>
/// 異体字 that search treats as one: a patient registered as 髙橋 is found by 高橋. Keyed on code
/// points, so characters outside the BMP (𠮷) fold too. The record keeps what the patient wrote.
/// </summary>
internal static class VariantKanji
{
    private static readonly FrozenDictionary<int, int> Table = new Dictionary<int, int>
    {
        ['髙'] = '高',
        ['﨑'] = '崎',
        ['嵜'] = '崎',
        ['齋'] = '斎',
        ['齊'] = '斎',
        ['邊'] = '辺',
        ['邉'] = '辺',
        ['澤'] = '沢',
        ['濱'] = '浜',
        ['濵'] = '浜',
        ['嶋'] = '島',
        ['櫻'] = '桜',
        ['廣'] = '広',
        ['國'] = '国',
        ['德'] = '徳',
        ['惠'] = '恵',
        ['眞'] = '真',
        ['實'] = '実',
        ['藏'] = '蔵',
        ['瀨'] = '瀬',
        ['槇'] = '槙',
        [0x20BB7] = '吉', // 𠮷 (つちよし), outside the BMP: a surrogate pair in UTF-16.
    }.ToFrozenDictionary();

    /// <summary>The common form of <paramref name="codePoint"/>, or the code point itself.</summary>
    public static int Fold(int codePoint) => Table.GetValueOrDefault(codePoint, codePoint);
}
