// IIPA060: exceptions confined by the three-step test.
namespace DraftCheck.Packs.Iipa2020;

[Rule("IIPA060",
    Title = "Exceptions not confined by the three-step test",
    Category = "Exceptions",
    Severity = Severity.Warning,
    Source = "IIPA 2020 Special 301 Report, China, \"Copyright Law Amendments Should Be Improved\"",
    Description = "IIPA asks that exceptions be \"adequately defined and appropriately narrow in scope, and otherwise consistent with the WTO TRIPS three-step test\": they must not conflict with a normal exploitation of the work nor unreasonably prejudice the legitimate interests of the right holder. Exceptions to TPM protection are not judged here.")]
[Fires("第二十二条\n在下列情况下使用作品，[|可以不经著作权人许可|]，不向其支付报酬，但应当指明作者姓名、作品名称，并且不得侵犯著作权人依照本法享有的其他权利：\n（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；\n（二）为介绍、评论某一作品或者说明某一问题，在作品中适当引用他人已经发表的作品；\n（十二）将已经发表的作品改成盲文出版。",
    Note = "中华人民共和国著作权法（2010）第二十二条")]
[Fires("§ 107. Limitations on exclusive rights: Fair use\nNotwithstanding the provisions of sections 106 and 106A, the [|fair use|] of a copyrighted work, including such use by reproduction in copies or phonorecords or by any other means specified by that section, for purposes such as criticism, comment, news reporting, teaching (including multiple copies for classroom use), scholarship, or research, is not an infringement of copyright. In determining whether the use made of a work in any particular case is a fair use the factors to be considered shall include—\n(1) the purpose and character of the use, including whether such use is of a commercial nature or is for nonprofit educational purposes;\n(2) the nature of the copyrighted work;\n(3) the amount and substantiality of the portion used in relation to the copyrighted work as a whole; and\n(4) the effect of the use upon the potential market for or value of the copyrighted work.",
    Note = "17 U.S.C. § 107")]
[DoesNotFire("第二十四条\n在下列情况下使用作品，可以不经著作权人许可，不向其支付报酬，但应当指明作者姓名或者名称、作品名称，并且不得影响该作品的正常使用，也不得不合理地损害著作权人的合法权益：\n（一）为个人学习、研究或者欣赏，使用他人已经发表的作品；\n（十二）以阅读障碍者能够感知的无障碍方式向其提供已经发表的作品；\n（十三）法律、行政法规规定的其他情形。",
    Note = "中华人民共和国著作权法（2020）第二十四条: 不得影响该作品的正常使用")]
[DoesNotFire("Article 5\n3. Member States may provide for exceptions or limitations to the rights provided for in Articles 2 and 3 in the following cases:\n(a) use for the sole purpose of illustration for teaching or scientific research, as long as the source, including the author's name, is indicated, unless this turns out to be impossible and to the extent justified by the non-commercial purpose to be achieved, without prejudice to the exceptions and limitations provided for in Directive (EU) 2019/790;\n(n) use by communication or making available, for the purpose of research or private study, to individual members of the public by dedicated terminals on the premises of establishments referred to in paragraph 2(c) of works and other subject-matter not subject to purchase or licensing terms which are contained in their collections;\n(o) use in certain other cases of minor importance where exceptions or limitations already exist under national law, provided that they only concern analogue uses and do not affect the free circulation of goods and services within the Community, without prejudice to the other exceptions and limitations contained in this Article.\n5. The exceptions and limitations provided for in paragraphs 1, 2, 3 and 4 shall only be applied in certain special cases which do not conflict with a normal exploitation of the work or other subject-matter and do not unreasonably prejudice the legitimate interests of the rightholder.",
    Note = "Directive 2001/29/EC, Article 5(3) and (5)")]
public sealed class ExceptionsWithoutThreeStepTest : Rule
{
    public override void Define()
    {
        ExceptionsProvision exceptions = null!;

        When()
            .Match(() => exceptions)
            .Not<ThreeStepTest>(t => t.HasBothConditions);

        Then()
            .Do(ctx => ctx.Report(exceptions.LocationOf(exceptions.LeadSpan), null,
                $"{exceptions.Provision.Label} allows uses without permission (\"{Iipa.Words(exceptions, exceptions.LeadSpan)}\") and no provision confines them by the three-step test (no conflict with a normal exploitation of the work, no unreasonable prejudice to the right holder's legitimate interests); IIPA asks that exceptions be \"consistent with the WTO TRIPS three-step test\".",
                null));
    }
}

/// <summary>IIPA060 is satisfied: the exceptions are confined by the three-step test.</summary>
public sealed class ExceptionsConfinedByThreeStepTest : Rule
{
    public override void Define()
    {
        ThreeStepTest test = null!;

        When()
            .Exists<ExceptionsProvision>()
            .Match(() => test, t => t.HasBothConditions);

        Then()
            .Do(ctx => ctx.Satisfied("IIPA060", test, $"{test.Provision.Label} confines the exceptions by the three-step test (no conflict with a normal exploitation, no unreasonable prejudice to the right holder)."));
    }
}
