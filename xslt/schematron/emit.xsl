<?xml version="1.0" encoding="UTF-8"?>
<!--
  Writes the generated stylesheet (ISO 19757-3 §6 semantics): schema-level sch:let become global
  parameters (so a caller may set them), pattern-level sch:let global variables, xsl:key and
  xsl:function are copied, and each pattern is compiled to its own mode whose templates carry
  priorities in document order, so that the first rule of a pattern whose context matches a node
  is the one that fires on it. The entry template visits, for each pattern, only the nodes that
  one of its rule contexts can match.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  xmlns:axsl="urn:teikit:axsl"
  xmlns:ed="urn:teikit:diagnostic"
  exclude-result-prefixes="#all">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>

  <!-- Namespace of the generated modes and of the diagnostics. -->
  <xsl:variable name="sc:ed" as="xs:string" select="'urn:teikit:diagnostic'"/>

  <xsl:template match="sch:schema" mode="sc:emit" as="element()">
    <xsl:variable name="patterns" as="element(sch:pattern)*" select="sc:active-patterns(., $phase)"/>
    <axsl:stylesheet version="3.0">
      <xsl:for-each select="sch:ns">
        <xsl:namespace name="{@prefix}" select="string(@uri)"/>
      </xsl:for-each>
      <xsl:namespace name="xs" select="'http://www.w3.org/2001/XMLSchema'"/>
      <xsl:attribute name="exclude-result-prefixes">#all</xsl:attribute>
      <axsl:output method="xml" indent="no"/>
      <xsl:for-each select="sch:let">
        <axsl:param name="{@name}" select="{@value}">
          <xsl:sequence select="@as"/>
        </axsl:param>
      </xsl:for-each>
      <xsl:for-each select="$patterns/sch:let">
        <axsl:variable name="{@name}" select="{@value}">
          <xsl:sequence select="@as"/>
        </axsl:variable>
      </xsl:for-each>
      <xsl:copy-of select="xsl:key | xsl:function"/>
      <xsl:for-each select="$patterns">
        <axsl:mode name="{sc:mode(.)}" on-no-match="deep-skip"/>
      </xsl:for-each>
      <axsl:template match="/">
        <ed:report>
          <xsl:for-each select="$patterns[sch:rule[not(@abstract = 'true')]]">
            <axsl:apply-templates mode="{sc:mode(.)}"
              select="{string-join(sch:rule[not(@abstract = 'true')]/sc:candidates(@context), ' | ')}"/>
          </xsl:for-each>
        </ed:report>
      </axsl:template>
      <xsl:apply-templates select="$patterns/sch:rule[not(@abstract = 'true')]" mode="sc:rule"/>
    </axsl:stylesheet>
  </xsl:template>

  <!-- The generated mode of a pattern. -->
  <xsl:function name="sc:mode" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'Q{' || $sc:ed || '}p' || (count($pattern/preceding-sibling::sch:pattern) + 1)"/>
  </xsl:function>

  <!--
    An expression selecting every node of the document that a rule context (an XSLT pattern) can
    match: the pattern itself when absolute, //(pattern) for relative path patterns (child and
    attribute steps, which is how XSLT defines matching), and every node for the rest
    (document-node(), ., parenthesised patterns).
  -->
  <xsl:function name="sc:candidates" as="xs:string">
    <xsl:param name="context" as="xs:string"/>
    <xsl:variable name="c" as="xs:string" select="normalize-space($context)"/>
    <xsl:choose>
      <xsl:when test="matches($c, '^/[^|]*$')">
        <xsl:sequence select="'(' || $c || ')'"/>
      </xsl:when>
      <xsl:when test="matches($c, '^(\.|\(|document-node\s*\()') or contains($c, 'document-node(')">
        <xsl:sequence select="'(/, //node(), //@*)'"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="'//(' || $c || ')'"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
