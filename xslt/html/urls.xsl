<?xml version="1.0" encoding="UTF-8"?>
<!--
  URLs: the one check every emitted href and cite passes (issue 7, safety), pointer resolution, and
  authority identifiers expanded to URLs (docs/encoding.md §3 listPrefixDef, §3 authority idno).
  Only http, https, mailto and in-document fragments are ever emitted; anything else (javascript:,
  data:, vbscript:, relative paths that lead elsewhere) is dropped and its text kept by the caller.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/patterns.xsl"/>

  <xsl:key name="h:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- The URL if it is safe to emit, else the empty sequence. Browsers ignore tabs, newlines and
       leading control characters inside a scheme ("java&#9;script:"), so the scheme is checked on
       the URL with all of them removed; the URL emitted is that cleaned one. -->
  <xsl:function name="h:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:variable name="u" as="xs:string" select="replace(string($url), '[\s\p{Cc}\p{Cf}]+', '')"/>
    <xsl:choose>
      <xsl:when test="matches($u, '^#[^#]+$')">
        <xsl:sequence select="$u"/>
      </xsl:when>
      <xsl:when test="matches($u, '^(https?://[^/?#@\\]+|mailto:[^/\\]+)', 'i')">
        <xsl:sequence select="iri-to-uri($u)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="()"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- A pointer (one token of @ref, @source, @target) as a safe href: `#id` when it names an
       element of the document, a prefixed or absolute URL when safe, else nothing. -->
  <xsl:function name="h:href" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:choose>
      <xsl:when test="starts-with($pointer, '#')">
        <xsl:sequence select="$pointer[exists(key('h:id', substring($pointer, 2), root($doc)))]"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- A pointer into the collection's register links to its entry in names.html (collection/document.xsl). -->
        <xsl:variable name="expanded" select="h:expand-prefix($pointer, $doc)"/>
        <xsl:sequence select="(c:register-link($expanded), h:safe-url($expanded))[1]" xmlns:c="urn:teikit:collection"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- Expands `prefix:value` by the document's prefixDef (TEI Guidelines 16.2.3), or by the fixed
       patterns for `wd:` and `gn:` when the document declares none. Other strings are returned. -->
  <xsl:function name="h:expand-prefix" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="prefix" select="substring-before($pointer, ':')"/>
    <xsl:variable name="rest" select="substring-after($pointer, ':')"/>
    <xsl:variable name="expanded" as="xs:string?" select="ed:prefix-expansion($pointer, $doc)"/>
    <xsl:choose>
      <xsl:when test="exists($expanded)">
        <xsl:sequence select="$expanded"/>
      </xsl:when>
      <xsl:when test="$prefix = 'wd' and matches($rest, '^Q[1-9][0-9]*$')">
        <xsl:sequence select="'https://www.wikidata.org/entity/' || $rest"/>
      </xsl:when>
      <xsl:when test="$prefix = 'gn' and matches($rest, '^[0-9]+$')">
        <xsl:sequence select="'https://www.geonames.org/' || $rest"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="$pointer"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- The URL of an authority idno (docs/encoding.md §4): Wikidata, GeoNames, VIAF, GND by type;
       a URI-typed or absolute idno as itself; a prefixed one expanded. Nothing when unsafe. -->
  <xsl:function name="h:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <xsl:variable name="type" select="lower-case($idno/@type)"/>
    <xsl:sequence select="h:safe-url(
      if ($type = 'wikidata' and matches($v, '^Q[0-9]+$')) then 'https://www.wikidata.org/wiki/' || $v
      else if ($type = 'geonames' and matches($v, '^[0-9]+$')) then 'https://www.geonames.org/' || $v
      else if ($type = 'viaf' and matches($v, '^[0-9]+$')) then 'https://viaf.org/viaf/' || $v
      else if ($type = 'gnd' and matches($v, '^[0-9X\-]+$')) then 'https://d-nb.info/gnd/' || $v
      else if (matches($v, '^https?://')) then $v
      else if (contains($v, ':')) then h:expand-prefix($v, $idno)
      else ())"/>
  </xsl:function>

  <!-- The local ids pointer values name (`#a #b` → a, b): attributes or their strings. -->
  <xsl:function name="h:local-ids" as="xs:string*">
    <xsl:param name="attr" as="xs:string*"/>
    <xsl:variable name="s" select="normalize-space(string-join($attr, ' '))"/>
    <!-- One pointer, the usual case, without tokenize (SaxonJS compiles its pattern on every call). -->
    <xsl:sequence select="if (not(contains($s, ' '))) then substring($s[starts-with(., '#')], 2)[. ne '']
      else for $t in tokenize($s, ' ') return substring($t[starts-with(., '#')], 2)[. ne '']"/>
  </xsl:function>
</xsl:stylesheet>
