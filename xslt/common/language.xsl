<?xml version="1.0" encoding="UTF-8"?>
<!--
  Languages and writing direction (TEI Guidelines vi.1 xml:lang; BCP 47): the language of a node
  (its nearest xml:lang), whether that language is written right to left (Hebrew, Yiddish,
  Aramaic, Arabic, Persian, Syriac, …; a script subtag decides when there is one, so `ar-Latn`
  is left to right), and whether it is written without spaces between words (Chinese, Japanese),
  where no target may insert one.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!-- Languages written right to left when no script subtag says otherwise (ISO 639-1 and -3). -->
  <xsl:variable name="ed:rtl-languages" as="xs:string+" select="('he', 'heb', 'hbo', 'yi', 'yid', 'ydd', 'ar', 'ara', 'arb',
    'arc', 'tmr', 'jpa', 'fa', 'fas', 'per', 'ur', 'urd', 'ps', 'pus', 'syr', 'syc', 'sam', 'smp', 'dv', 'div', 'ckb',
    'ug', 'uig', 'jrb', 'jpr', 'sd', 'snd', 'ku-Arab', 'ms-Arab')"/>

  <!-- Script subtags written right to left (ISO 15924). -->
  <xsl:variable name="ed:rtl-scripts" as="xs:string+" select="('hebr', 'arab', 'syrc', 'thaa', 'samr', 'nkoo', 'adlm',
    'mand', 'mend', 'armi', 'phnx', 'sarb', 'narb', 'nbat', 'palm', 'prti', 'phli', 'avst', 'hung', 'rohg', 'yezi')"/>

  <!-- Languages written without spaces between words, and scripts of the same kind. -->
  <xsl:variable name="ed:unspaced-languages" as="xs:string+" select="('zh', 'zho', 'chi', 'lzh', 'yue', 'wuu', 'cmn', 'ja', 'jpn', 'och', 'ltc')"/>
  <xsl:variable name="ed:unspaced-scripts" as="xs:string+" select="('hani', 'hans', 'hant', 'jpan', 'hira', 'kana')"/>

  <!--
    The nearest xml:lang of a node (its own or an ancestor's), when it is a well-formed tag.
    $node: any node.
  -->
  <xsl:function name="ed:lang" as="xs:string?">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="string($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang)[matches(., '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')]"/>
  </xsl:function>

  <!-- ISO 639-2 and -3 codes that BCP 47 writes with their two-letter ISO 639-1 code. -->
  <xsl:variable name="ed:short-languages" as="map(xs:string, xs:string)" select="map {
    'lat': 'la', 'eng': 'en', 'deu': 'de', 'ger': 'de', 'fra': 'fr', 'fre': 'fr', 'ita': 'it', 'spa': 'es', 'por': 'pt',
    'rus': 'ru', 'heb': 'he', 'ara': 'ar', 'yid': 'yi', 'ell': 'el', 'gre': 'el', 'nld': 'nl', 'dut': 'nl', 'pol': 'pl',
    'ces': 'cs', 'cze': 'cs', 'hrv': 'hr', 'srp': 'sr', 'slv': 'sl', 'hun': 'hu', 'fas': 'fa', 'per': 'fa', 'tur': 'tr',
    'zho': 'zh', 'chi': 'zh', 'jpn': 'ja', 'kor': 'ko', 'swe': 'sv', 'dan': 'da', 'nor': 'no', 'fin': 'fi', 'gle': 'ga',
    'cym': 'cy', 'wel': 'cy', 'syr': 'syr', 'urd': 'ur', 'wol': 'wo' }"/>

  <!--
    A language tag as HTML's `lang` takes it (BCP 47): a three-letter code that has a two-letter one
    written with that; nothing for a tag whose language subtag is not written in lower case (a
    project's own sigla, such as `MP` for a witness's language, are not language codes).
    $lang: the xml:lang value.
  -->
  <xsl:function name="ed:bcp47" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="primary" as="xs:string" select="substring-before(string($lang) || '-', '-')"/>
    <xsl:sequence select="if (not(matches(string($lang), '^[a-z]{2,8}(-[A-Za-z0-9]{1,8})*$'))) then ()
      else if (map:contains($ed:short-languages, $primary)) then $ed:short-languages($primary) || substring($lang, string-length($primary) + 1)
      else $lang"/>
  </xsl:function>

  <!--
    The writing direction of a language tag: `rtl` or `ltr`; nothing for no tag.
    $lang: a BCP 47 tag.
  -->
  <xsl:function name="ed:direction" as="xs:string?">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*" select="tokenize(lower-case(string($lang)), '-')"/>
    <xsl:variable name="script" as="xs:string?" select="$parts[position() gt 1][string-length(.) eq 4][1]"/>
    <xsl:sequence select="if (empty($parts)) then ()
      else if (exists($script)) then (if ($script = $ed:rtl-scripts) then 'rtl' else 'ltr')
      else if ($parts[1] = $ed:rtl-languages) then 'rtl' else 'ltr'"/>
  </xsl:function>

  <!--
    Whether a language tag names a language written without spaces between words.
    $lang: a BCP 47 tag.
  -->
  <xsl:function name="ed:is-unspaced" as="xs:boolean">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="parts" as="xs:string*" select="tokenize(lower-case(string($lang)), '-')"/>
    <xsl:variable name="script" as="xs:string?" select="$parts[position() gt 1][string-length(.) eq 4][1]"/>
    <xsl:sequence select="if (exists($script)) then $script = $ed:unspaced-scripts else $parts[1] = $ed:unspaced-languages"/>
  </xsl:function>

  <!-- The elements whose xml:lang names an unspaced language: when a document has none, no node of
       it is in unspaced text, and ed:in-unspaced answers without walking the node's ancestors. -->
  <xsl:key name="ed:unspaced" match="*[@xml:lang][ed:is-unspaced(@xml:lang)]" use="'yes'"/>

  <!--
    Whether a node is in text of an unspaced language (ed:is-unspaced of its ed:lang); tried on
    every text node, so a document without such a language is answered by one key lookup.
    $node: any node.
  -->
  <xsl:function name="ed:in-unspaced" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="root" as="node()" select="root($node)"/>
    <xsl:sequence select="(not($root instance of document-node()) or exists(key('ed:unspaced', 'yes', $root)))
      and ed:is-unspaced(ed:lang($node))"/>
  </xsl:function>

  <!-- Han, kana and CJK punctuation: the characters between which no space is written in
       unspaced text (a regular expression class). -->
  <xsl:variable name="ed:unspaced-chars" as="xs:string"
    select="'[&#x2E80;-&#x2FDF;&#x3000;-&#x30FF;&#x3400;-&#x4DBF;&#x4E00;-&#x9FFF;&#xF900;-&#xFAFF;&#xFF00;-&#xFFEF;&#x20000;-&#x3134F;]'"/>

</xsl:stylesheet>
