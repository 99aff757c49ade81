using System.Collections.Generic;

namespace ResearchContent.Generators.Sources.BibTeX
{
    /// <summary>
    /// The LaTeX commands found in bibliographies, and what each does: the letters of European languages, the
    /// symbols and Greek letters of titles and abstracts in the geosciences, and the styles publishers' exports use.
    /// </summary>
    internal static class LaTeXCommands
    {
        // Command=text pairs, separated by spaces.
        private static readonly Dictionary<string, string> Texts = Pairs(
            // Letters (the accentable ones, \i and \j, lose their dot; an accent on them uses i and j).
            "ss=ß SS=SS o=ø O=Ø l=ł L=Ł ae=æ AE=Æ oe=œ OE=Œ aa=å AA=Å i=ı j=ȷ dh=ð DH=Ð th=þ TH=Þ ng=ŋ NG=Ŋ dj=đ DJ=Đ"

            // Characters that are special in LaTeX, escaped.
            + " &=& %=% $=$ _=_ #=# {={ }=}"

            // Text symbols.
            + " textendash=– textemdash=— textquoteleft=‘ textquoteright=’ textquotedblleft=“ textquotedblright=”"
            + " textquotesingle=' textquotedbl=\" ldots=… dots=… textellipsis=… textdegree=° degree=° textregistered=®"
            + " texttrademark=™ copyright=© textcopyright=© S=§ P=¶ pounds=£ textsterling=£ euro=€ texteuro=€ textbullet=•"
            + " textperiodcentered=· textasciitilde=~ textasciicircum=^ textbackslash=\\ textunderscore=_ textbar=| textless=<"
            + " textgreater=> guillemotleft=« guillemotright=» guillemetleft=« guillemetright=» textmu=µ textdagger=† dag=†"
            + " ddag=‡ textpm=± texttimes=× textdiv=÷ textminus=− textperthousand=‰ LaTeX=LaTeX TeX=TeX BibTeX=BibTeX"

            // Greek letters and the mathematics of titles and abstracts: μm, ∼30 km, ±2 mm/yr, ≥ 5.
            + " alpha=α beta=β gamma=γ delta=δ epsilon=ϵ varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ iota=ι kappa=κ lambda=λ"
            + " mu=μ nu=ν xi=ξ pi=π varpi=ϖ rho=ρ varrho=ϱ sigma=σ varsigma=ς tau=τ upsilon=υ phi=ϕ varphi=φ chi=χ psi=ψ"
            + " omega=ω Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω pm=± mp=∓ times=×"
            + " div=÷ cdot=· circ=∘ infty=∞ approx=≈ sim=∼ simeq=≃ neq=≠ ne=≠ leq=≤ le=≤ geq=≥ ge=≥ ll=≪ gg=≫ propto=∝"
            + " partial=∂ nabla=∇ sum=∑ prod=∏ int=∫ sqrt=√ rightarrow=→ to=→ leftarrow=← Rightarrow=⇒ leftrightarrow=↔"
            + " uparrow=↑ downarrow=↓ in=∈ perp=⊥ parallel=∥ angle=∠ prime=′ ell=ℓ hbar=ℏ log=log ln=ln exp=exp sin=sin"
            + " cos=cos tan=tan max=max min=min")

            // The journal abbreviations of the AAS macros, which NASA ADS writes into every export: journal = {\jgr}.
            .With("jgr", "J. Geophys. Res.")
            .With("grl", "Geophys. Res. Lett.")
            .With("nat", "Nature")
            .With("gca", "Geochim. Cosmochim. Acta")
            .With("planss", "Planet. Space Sci.")
            .With("icarus", "Icarus")
            .With("ssr", "Space Sci. Rev.")
            .With("solphys", "Sol. Phys.")
            .With("procspie", "Proc. SPIE");

        private static readonly Dictionary<string, LaTeXCommandKind> Kinds = Kind(
            LaTeXCommandKind.Style,

            // Font, shape and size, with an argument or as a declaration: the text stays, the style goes.
            "textit textbf textsc textrm texttt textsf textsl textup textmd textnormal emph underline"
            + " mathrm mathit mathbf mathsf mathtt mathcal mathbb mathnormal boldsymbol bm text mbox hbox ensuremath"
            + " it bf em sc rm tt sf sl up itshape bfseries scshape upshape slshape mdseries rmfamily sffamily ttfamily"
            + " normalfont small footnotesize normalsize large Large left right displaystyle"

            // Case protection (biblatex, Zotero), and commands that only steer TeX: an italic correction, a
            // discretionary hyphen, an end-of-sentence mark, a negative thin space.
            + " relax protect nocase NoCaseChange MakeUppercase MakeLowercase uppercase lowercase noindent / - @ !")
            .With(LaTeXCommandKind.Space, "quad qquad enspace enskip thinspace space newline par , ; : > \\ \t \n \r")
            .With(LaTeXCommandKind.Space, " ")
            .With(LaTeXCommandKind.DropArgument, "href noopsort foreignlanguage selectlanguage")
            .With(LaTeXCommandKind.Verbatim, "url doi path")
            .With(LaTeXCommandKind.Superscript, "textsuperscript")
            .With(LaTeXCommandKind.Subscript, "textsubscript");

        /// <summary>What the command (without its backslash) does, or <see langword="null"/> when it is not known.</summary>
        public static LaTeXCommandKind? KindOf(string command) =>
            Texts.ContainsKey(command) ? LaTeXCommandKind.Text : Kinds.TryGetValue(command, out var kind) ? kind : null;

        /// <summary>The text a <see cref="LaTeXCommandKind.Text"/> command stands for.</summary>
        public static string TextOf(string command) => Texts[command];

        /// <summary>The letter an accent applies to when it is given as a command: <c>\'{\i}</c> is í, <c>\r{\aa}</c> is å.</summary>
        public static string? AccentBase(string command) => command switch
        {
            "i" => "i",
            "j" => "j",
            _ => Texts.TryGetValue(command, out var text) && text.Length == 1 && char.IsLetter(text[0]) ? text : null,
        };

        private static Dictionary<string, string> Pairs(string pairs)
        {
            var table = new Dictionary<string, string>();
            foreach (var pair in pairs.Split(' '))
            {
                var equals = pair.IndexOf('=');
                table.Add(pair.Substring(0, equals), pair.Substring(equals + 1));
            }

            return table;
        }

        private static Dictionary<string, string> With(this Dictionary<string, string> table, string command, string text)
        {
            table.Add(command, text);
            return table;
        }

        private static Dictionary<string, LaTeXCommandKind> Kind(LaTeXCommandKind kind, string commands) =>
            new Dictionary<string, LaTeXCommandKind>().With(kind, commands);

        /// <summary>Adds commands of one kind; a single space names the control space <c>\ </c> itself.</summary>
        private static Dictionary<string, LaTeXCommandKind> With(this Dictionary<string, LaTeXCommandKind> table, LaTeXCommandKind kind, string commands)
        {
            foreach (var command in commands == " " ? new[] { " " } : commands.Split(' '))
            {
                table.Add(command, kind);
            }

            return table;
        }
    }
}
