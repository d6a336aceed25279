using System.Collections.Immutable;
using DraftCheck.Model;
using DraftCheck.Text;

namespace DraftCheck.Syntax;

/// <summary>The provision tree of a draft: the root, the text layer it was built from, and lookups by id and by position.</summary>
public sealed class ProvisionTree
{
    private readonly Dictionary<ProvisionId, Provision> _byId;
    private readonly Dictionary<Provision, Provision> _parents = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Provision> _articlesByKey = new(StringComparer.Ordinal);
    private readonly ImmutableArray<Provision> _ordered;

    internal ProvisionTree(Provision root, TextLayer text, DraftLanguage language, DraftingConvention convention)
    {
        Root = root;
        Text = text;
        Language = language;
        Convention = convention;
        _ordered = [.. root.DescendantsAndSelf()];
        _byId = new Dictionary<ProvisionId, Provision>(_ordered.Length);
        foreach (Provision provision in _ordered)
        {
            _byId.TryAdd(provision.Id, provision);
            foreach (Provision child in provision.Children) _parents[child] = provision;
            if (provision.Kind == ProvisionKind.Article) _articlesByKey.TryAdd(provision.Key, provision);
        }
        Articles = [.. _ordered.Where(p => p.Kind == ProvisionKind.Article)];
        IsExcerpt = Articles.Length > 0 && Articles[0].Ordinal != 1;
    }

    /// <summary>The draft as a whole.</summary>
    public Provision Root { get; }

    /// <summary>The text layer the tree was built from.</summary>
    public TextLayer Text { get; }

    /// <summary>The language of the draft's labels.</summary>
    public DraftLanguage Language { get; }

    /// <summary>The drafting convention the draft follows, which gives its levels their names.</summary>
    public DraftingConvention Convention { get; }

    /// <summary>Every provision in document order, the root first.</summary>
    public ImmutableArray<Provision> Provisions => _ordered;

    /// <summary>The articles (sections of an Act or Code) in document order.</summary>
    public ImmutableArray<Provision> Articles { get; }

    /// <summary>
    /// Whether the draft is an excerpt or a code rather than a whole draft: its first article is not numbered 1. The
    /// numbers such a text skips may exist elsewhere, so references to them cannot be checked against it.
    /// </summary>
    public bool IsExcerpt { get; }

    /// <summary>The provision with <paramref name="id"/>, or null.</summary>
    public Provision? Find(ProvisionId id) => _byId.GetValueOrDefault(id);

    /// <summary>The article numbered <paramref name="key"/> ("23", "296ZA"; see <see cref="Provision.Key"/>), or null.</summary>
    public Provision? FindArticle(string key) => _articlesByKey.GetValueOrDefault(key);

    /// <summary>The provision directly above <paramref name="provision"/>; null for the root.</summary>
    public Provision? ParentOf(Provision provision) => _parents.GetValueOrDefault(provision);

    /// <summary>The provisions above <paramref name="provision"/>, the nearest first, the root last.</summary>
    public IEnumerable<Provision> AncestorsOf(Provision provision)
    {
        for (Provision? parent = ParentOf(provision); parent is not null; parent = ParentOf(parent)) yield return parent;
    }

    /// <summary>The article holding <paramref name="provision"/> (or the provision itself if it is one), or null.</summary>
    public Provision? ArticleOf(Provision provision) =>
        provision.Kind == ProvisionKind.Article ? provision : AncestorsOf(provision).FirstOrDefault(p => p.Kind == ProvisionKind.Article);

    /// <summary>The deepest provision whose span covers <paramref name="span"/>; the root when none does.</summary>
    public Provision ProvisionAt(Span span)
    {
        Provision current = Root;
        while (true)
        {
            Provision? child = FindChild(current.Children, span);
            if (child is null) return current;
            current = child;
        }
    }

    private static Provision? FindChild(ImmutableArray<Provision> children, Span span)
    {
        int low = 0, high = children.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            Provision child = children[mid];
            if (span.Start < child.Span.Start) high = mid - 1;
            else if (span.Start >= child.Span.End && !(span.IsEmpty && span.Start == child.Span.End)) low = mid + 1;
            else return child.Span.Contains(span) || (span.IsEmpty && child.Span.End == span.Start) ? child : null;
        }
        return null;
    }
}

/// <summary>The language of a draft's provision labels, which decides how labels are printed.</summary>
public enum DraftLanguage
{
    /// <summary>English labels: Article 21(1)(5).</summary>
    English,

    /// <summary>Chinese labels: 第二十一条第一款第（五）项.</summary>
    Chinese,
}
