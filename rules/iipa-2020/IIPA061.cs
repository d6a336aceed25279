// IIPA061: no open-ended list of exceptions.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA061",
    Title = "Open-ended exception",
    Category = "Exceptions",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope\". A list of exceptions ending in a catch-all (\"other circumstances provided by laws and administrative regulations\", \"certain other cases of minor importance\") is open-ended, even where the three-step test also applies. An open-ended fair-use clause is judged by IIPA060 only.")]
[Fires("第二十四条\n在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名或者名称、作品名称，并且不得影响该作品的正常使用，也不得不合理地损害著作权人的合法权益：\n（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；\n（十二）以阅读障碍者能够感知的无障碍方式向其提供已经发表的作品；\n（十三）[|法律、行政法规规定的其他|]情形。",
    Note = "中华人民共和国著作权法（2020）第二十四条第（十三）项")]
[Fires("Article 5\n3. Member States may provide for exceptions or limitations to the rights provided for in Articles 2 and 3 in the following cases:\n(a) use for the sole purpose of illustration for teaching or scientific research, as long as the source, including the author's name, is indicated, unless this turns out to be impossible and to the extent justified by the non-commercial purpose to be achieved, without prejudice to the exceptions and limitations provided for in Directive (EU) 2019/790;\n(n) use by communication or making available, for the purpose of research or private study, to individual members of the public by dedicated terminals on the premises of establishments referred to in paragraph 2(c) of works and other subject-matter not subject to purchase or licensing terms which are contained in their collections;\n(o) use in [|certain other cases of minor importance|] where exceptions or limitations already exist under national law, provided that they only concern analogue uses and do not affect the free circulation of goods and services within the Community, without prejudice to the other exceptions and limitations contained in this Article.",
    Note = "Directive 2001/29/EC, Article 5(3)(o)")]
[DoesNotFire("第二十二条\n在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名、作品名称，并且不得侵犯著作权人依照本法享有的其他权利：\n（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；\n（二）为介绍、评论某一作品或者说明某一问题，在作品中适当引用他人已经发表的作品；\n（十二）将已经发表的作品改成盲文出版。",
    Note = "中华人民共和国著作权法（2010）第二十二条: a closed list")]
[DoesNotFire("§ 107. Limitations on exclusive rights: Fair use\nNotwithstanding the provisions of sections 106 and 106A, the fair use of a copyrighted work, including such use by reproduction in copies or phonorecords or by any other means specified by that section, for purposes such as criticism, comment, news reporting, teaching (including multiple copies for classroom use), scholarship, or research, is not an infringement of copyright. In determining whether the use made of a work in any particular case is a fair use the factors to be considered shall include—\n(1) the purpose and character of the use, including whether such use is of a commercial nature or is for nonprofit educational purposes;\n(2) the nature of the copyrighted work;\n(3) the amount and substantiality of the portion used in relation to the copyrighted work as a whole; and\n(4) the effect of the use upon the potential market for or value of the copyrighted work.",
    Note = "17 U.S.C. § 107: fair use is not a list")]
public sealed class ExceptionsEndInCatchAll : Rule
{
    public override void Define()
    {
        ExceptionsProvision exceptions = null!;

        When()
            .Match(() => exceptions, e => e.EndsInCatchAll, e => !e.IsOpenEnded);

        Then()
            .Do(ctx => ctx.Report(exceptions.LocationOf(exceptions.CatchAllSpan), null,
                $"{exceptions.Provision.Label} ends its list of {exceptions.ItemCount} exceptions with a catch-all (\"{Iipa.Words(exceptions, exceptions.CatchAllSpan)}\"), which leaves the exceptions open-ended; IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope\".",
                null));
    }
}

/// <summary>IIPA061 is satisfied: the exceptions are a closed list without a catch-all or open-ended clause.</summary>
public sealed class ExceptionsAreAClosedList : Rule
{
    public override void Define()
    {
        ExceptionsProvision exceptions = null!;

        When()
            .Match(() => exceptions, e => !e.EndsInCatchAll, e => !e.IsOpenEnded)
            .Not<ExceptionsProvision>(e => e.EndsInCatchAll || e.IsOpenEnded);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA061", Iipa.At(exceptions, exceptions.LeadSpan), $"{exceptions.Provision.Label} lists the exceptions (\"{Iipa.Words(exceptions, exceptions.LeadSpan)}\") without a catch-all or an open-ended clause."));
    }
}
