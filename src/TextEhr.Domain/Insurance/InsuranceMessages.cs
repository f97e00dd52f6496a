using System.Globalization;
using TextEhr.Domain.Dates;

namespace TextEhr.Domain.Insurance;

/// <summary>Every Japanese text the insurance types show; tests assert through these accessors.</summary>
public static class InsuranceMessages
{
    public static string InsurerNumberEmpty => "保険者番号を入力してください。";

    public static string InsurerNumberNotDigits => "保険者番号は数字で入力してください。";

    public static string InsurerNumberLength(int typedLength) =>
        Invariant($"保険者番号は8桁(国保は6桁)で入力してください(入力は{typedLength}桁)。");

    public static string InsurerNumberCheckDigit => "保険者番号の検証番号が合いません。番号を確かめてください。";

    public static string PublicPayerNumberEmpty => "公費負担者番号を入力してください。";

    public static string PublicPayerNumberNotDigits => "公費負担者番号は数字で入力してください。";

    public static string PublicPayerNumberLength(int typedLength) =>
        Invariant($"公費負担者番号は8桁で入力してください(入力は{typedLength}桁)。");

    public static string PublicPayerNumberCheckDigit => "公費負担者番号の検証番号が合いません。番号を確かめてください。";

    public static string RecipientNumberEmpty => "受給者番号を入力してください。";

    public static string RecipientNumberNotDigits => "受給者番号は数字で入力してください。";

    public static string RecipientNumberLength(int typedLength) =>
        Invariant($"受給者番号は7桁で入力してください(入力は{typedLength}桁)。");

    public static string RecipientNumberCheckDigit => "受給者番号の検証番号が合いません。番号を確かめてください。";

    /// <summary><c>3割</c>.</summary>
    public static string RateLabel(CopayRate rate) => Invariant($"{rate.Tenths}割");

    public static string PreschoolReason(DateOnly lastDay) =>
        $"未就学児のため2割({JapaneseDateFormatter.FormatWareki(lastDay)}まで)。";

    public static string WorkingAgeReason => "6歳の年度末から69歳までのため3割。";

    public static string BeforeElderlyStartReason(DateOnly elderlyFrom) =>
        $"70歳になった月のため3割。{JapaneseDateFormatter.FormatWareki(elderlyFrom)}から高齢受給者証の割合になります。";

    public static string ElderlyReason(CopayRate rate) =>
        $"70〜74歳(高齢受給者)のため受給者証の{RateLabel(rate)}。";

    public static string ElderlyAssumedReason(int? cardTenths) =>
        cardTenths is null
            ? "70〜74歳(高齢受給者)ですが割合が未入力のため2割としました。高齢受給者証を確かめてください。"
            : Invariant($"70〜74歳の割合は2割か3割です(入力: {cardTenths}割)。2割としました。高齢受給者証を確かめてください。");

    public static string LateElderlyReason(CopayRate rate) =>
        $"75歳以上(後期高齢者)のため被保険者証の{RateLabel(rate)}。";

    public static string LateElderlyAssumedReason(int? cardTenths) =>
        cardTenths is null
            ? "75歳以上(後期高齢者)ですが割合が未入力のため1割としました。被保険者証を確かめてください。"
            : Invariant($"75歳以上の割合は1割、2割か3割です(入力: {cardTenths}割)。1割としました。被保険者証を確かめてください。");

    public static string RateDiffersFromDerived(CopayRate entered, CopayRate derived) =>
        $"割合が年齢からの計算と異なります(計算: {RateLabel(derived)}、入力: {RateLabel(entered)})。保険証・受給者証を確かめてください。";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
