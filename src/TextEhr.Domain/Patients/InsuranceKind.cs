namespace TextEhr.Domain.Patients;

/// <summary>保険種別, numbered as JAHIS record 21.</summary>
public enum InsuranceKind
{
    /// <summary>医保 (社保・協会けんぽ・共済).</summary>
    Employee = 1,

    /// <summary>国保.</summary>
    National = 2,

    /// <summary>労災.</summary>
    WorkersCompensation = 3,

    /// <summary>自賠責.</summary>
    Automobile = 4,

    /// <summary>公害.</summary>
    Pollution = 5,

    /// <summary>自費.</summary>
    SelfPay = 6,

    /// <summary>後期高齢者.</summary>
    LateElderly = 7,
}
