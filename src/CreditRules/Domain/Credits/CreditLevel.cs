namespace CreditRules.Domain;

/// <summary>The four ACE credit levels, ordered from least to most advanced.</summary>
public enum CreditLevel
{
    /// <summary>Vocational certificate: occupational, procedural coursework.</summary>
    VocationalCertificate = 0,

    /// <summary>Lower-division baccalaureate/associate: introductory coursework.</summary>
    LowerDivision = 1,

    /// <summary>Upper-division baccalaureate: specialised later-bachelor's coursework.</summary>
    UpperDivision = 2,

    /// <summary>Graduate degree coursework.</summary>
    Graduate = 3,
}
