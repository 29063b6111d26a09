<?xml version="1.0" encoding="UTF-8"?>
<!--
  Which regular expressions from a document may be compiled (issue 11): SaxonJS runs XPath regular
  expressions on JavaScript's backtracking engine, so a pattern a document supplies
  (`prefixDef/@matchPattern`, TEI Guidelines 16.2.3) is used only when it is in the safe subset
  that src/xml/patterns.ts defines and the gate checks (rule `pattern-unsafe`).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    A document's prefix definitions by prefix, all of them and those whose pattern is in the safe
    subset: each pattern is judged once, when the key is built for the document, not once for each
    pointer that uses it. A prefixDef may stand in any header of the document, a corpus's included.
  -->
  <xsl:key name="ed:prefix-def" match="prefixDef" use="string(@ident)"/>
  <xsl:key name="ed:safe-prefix-def" match="prefixDef[ed:safe-pattern(@matchPattern)]" use="string(@ident)"/>

  <!--
    `prefix:value` expanded by the document's prefixDef for that prefix (TEI Guidelines 16.2.3),
    the one way every output reads a prefixed pointer. The first prefixDef with that ident applies
    when its pattern is in the safe subset and the value has at most 256 characters; the pointer
    comes back as written when that pattern does not match it. Nothing when no prefixDef applies:
    no prefix, a URI scheme (`http`, `https`, `mailto`) or a name that is none, no prefixDef for
    it, an unsafe pattern, a longer value.
    $pointer: one token of a pointer attribute.
    $doc: a node of the document.
  -->
  <xsl:function name="ed:prefix-expansion" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="prefix" as="xs:string" select="substring-before($pointer, ':')"/>
    <xsl:variable name="rest" as="xs:string" select="substring-after($pointer, ':')"/>
    <xsl:variable name="def" as="element()?" select="if ($prefix = ('', 'http', 'https', 'mailto') or string-length($rest) gt 256
      or not(root($doc) instance of document-node())) then () else key('ed:prefix-def', $prefix, root($doc))[1]"/>
    <xsl:if test="exists($def) and $def is key('ed:safe-prefix-def', $prefix, root($doc))[1]
      and matches($prefix, '^[A-Za-z][A-Za-z0-9+.\-]*$')">
      <xsl:try>
        <xsl:sequence select="if (matches($rest, '^(?:' || $def/@matchPattern || ')$'))
          then replace($rest, '^(?:' || $def/@matchPattern || ')$', $def/@replacementPattern) else $pointer"/>
        <xsl:catch select="$pointer"/>
      </xsl:try>
    </xsl:if>
  </xsl:function>

  <!--
    Whether a regular expression a document supplies (`prefixDef/@matchPattern`) may be compiled:
    the safe subset of src/xml/patterns.ts, decided the same way (a test keeps the two in step).
    At most 256 characters; no back-reference; no quantifier on a group that holds a quantifier or
    an alternation; at most 2 quantifiers with a variable count and 3 alternations; well-formed.
    The pattern is read as tokens by a fixed expression; nothing of it is compiled here.
    $pattern: the pattern, if any.
  -->
  <xsl:function name="ed:safe-pattern" as="xs:boolean">
    <xsl:param name="pattern" as="xs:string?"/>
    <xsl:variable name="token" as="xs:string"
      select="'\\[pP]\{[^}]*\}|\\.|\[(\\.|[^\\\[\]])*(-\[(\\.|[^\\\[\]])*\])?\]|\(\?:|\(\?|[?*+]\??|\{[0-9]+(,[0-9]*)?\}\??|.'"/>
    <xsl:choose>
      <xsl:when test="empty($pattern) or string-length($pattern) gt 256">
        <xsl:sequence select="false()"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- $open: per open group, outermost first, whether it holds a quantifier or alternation;
             $last: what a quantifier would repeat (none, atom, group, ambiguous-group). -->
        <xsl:iterate select="analyze-string($pattern, $token, 's')/*">
          <xsl:param name="open" as="xs:boolean+" select="false()"/>
          <xsl:param name="variable" as="xs:integer" select="0"/>
          <xsl:param name="alternations" as="xs:integer" select="0"/>
          <xsl:param name="last" as="xs:string" select="'none'"/>
          <xsl:on-completion select="count($open) eq 1"/>
          <xsl:variable name="t" as="xs:string" select="string(.)"/>
          <xsl:variable name="marked" as="xs:boolean+" select="($open[position() lt last()], true())"/>
          <xsl:variable name="quantifier" as="xs:boolean" select="matches($t, '^[?*+{]')"/>
          <xsl:variable name="bounds" as="xs:string*" select="tokenize(replace($t, '[{}?]', ''), ',')"/>
          <xsl:variable name="varies" as="xs:boolean" select="$quantifier and (not(starts-with($t, '{')) or (count($bounds) eq 2 and $bounds[2] ne $bounds[1]))"/>
          <xsl:choose>
            <xsl:when test="self::fn:non-match or $t = ('\', '[', '{', '(?') or matches($t, '^\\[1-9]$')
              or ($t = ')' and count($open) eq 1) or ($t = '|' and $alternations ge 3)
              or ($quantifier and ($last = ('none', 'ambiguous-group') or ($varies and $variable ge 2)))">
              <xsl:break select="false()"/>
            </xsl:when>
            <xsl:when test="$t = ('(', '(?:')">
              <xsl:next-iteration>
                <xsl:with-param name="open" select="($open, false())"/>
                <xsl:with-param name="last" select="'none'"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="$t = ')'">
              <xsl:variable name="outer" as="xs:boolean+" select="$open[position() lt last()]"/>
              <xsl:next-iteration>
                <xsl:with-param name="open" select="if ($open[last()]) then ($outer[position() lt last()], true()) else $outer"/>
                <xsl:with-param name="last" select="if ($open[last()]) then 'ambiguous-group' else 'group'"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="$t = '|'">
              <xsl:next-iteration>
                <xsl:with-param name="open" select="$marked"/>
                <xsl:with-param name="alternations" select="$alternations + 1"/>
                <xsl:with-param name="last" select="'none'"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="$quantifier">
              <xsl:next-iteration>
                <xsl:with-param name="open" select="if ($varies) then $marked else $open"/>
                <xsl:with-param name="variable" select="$variable + (if ($varies) then 1 else 0)"/>
                <xsl:with-param name="last" select="'none'"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:next-iteration>
                <xsl:with-param name="last" select="'atom'"/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:iterate>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

</xsl:stylesheet>
