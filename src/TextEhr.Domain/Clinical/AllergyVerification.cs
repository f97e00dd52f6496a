namespace TextEhr.Domain.Clinical;

/// <summary>確定 by the doctor, or 自己申告 by the patient (only confirmed ones go into 6情報).</summary>
public enum AllergyVerification
{
    Confirmed = 1,
    SelfReported = 2,
}
