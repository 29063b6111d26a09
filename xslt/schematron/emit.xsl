<?xml version="1.0" encoding="UTF-8"?>
<!--
  Writes the generated stylesheet (ISO 19757-3 §6 semantics). It is run from its named initial
  template with the document as the parameter Q{urn:teikit:diagnostic}document. Schema-level
  sch:let become global parameters (so a caller may set them), pattern-level sch:let global variables, xsl:key and
  xsl:function are copied, and each pattern is compiled to its own mode whose templates carry
  priorities in document order, so that the first rule of a pattern whose context matches a node
  is the one that fires on it. The entry template visits, for each pattern, only the nodes that
  one of its rule contexts can match (candidates.xsl).
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
      <axsl:param name="{$sc:document}" as="document-node()" required="yes"/>
      <xsl:for-each select="sch:let">
        <axsl:param name="{@name}" select="{sc:on-document(@value)}">
          <xsl:sequence select="@as"/>
        </axsl:param>
      </xsl:for-each>
      <xsl:for-each select="$patterns/sch:let">
        <axsl:variable name="{@name}" select="{sc:on-document(@value)}">
          <xsl:sequence select="@as"/>
        </axsl:variable>
      </xsl:for-each>
      <xsl:copy-of select="xsl:key | xsl:function"/>
      <!-- The maps of candidates.xsl, keyed by `#` and a local name (so that any name, even
           `constructor`, is a safe JavaScript property): given by the validator, else grouped here. -->
      <xsl:for-each select="[$sc:elements-index, '*', 'local-name()'], [$sc:owners-index, '*[@*]', '@* ! local-name()']">
        <axsl:param name="{?1}" as="map(*)">
          <axsl:map>
            <axsl:for-each-group select="${$sc:document}//{?2}" group-by="({?3}) ! ('#' || .)">
              <axsl:map-entry key="current-grouping-key()" select="current-group()"/>
            </axsl:for-each-group>
          </axsl:map>
        </axsl:param>
      </xsl:for-each>
      <xsl:for-each select="$patterns">
        <axsl:mode name="{sc:mode(.)}" on-no-match="deep-skip"/>
      </xsl:for-each>
      <axsl:template name="xsl:initial-template">
        <axsl:for-each select="${$sc:document}">
          <ed:report>
            <xsl:for-each select="$patterns[sch:rule[not(@abstract = 'true')]]">
              <axsl:apply-templates mode="{sc:mode(.)}"
                select="{sc:candidates(sch:rule[not(@abstract = 'true')])}"/>
            </xsl:for-each>
          </ed:report>
        </axsl:for-each>
      </axsl:template>
      <xsl:apply-templates select="$patterns/sch:rule[not(@abstract = 'true')]" mode="sc:rule"/>
    </axsl:stylesheet>
  </xsl:template>

  <!--
    The validated document reaches the generated stylesheet as this parameter, with the named
    initial template as entry point, not as the source of the transformation: SaxonJS then does
    not walk the whole tree before the first rule runs (about 1 s on 10 MB, measured).
  -->
  <xsl:variable name="sc:document" as="xs:string" select="'Q{' || $sc:ed || '}document'"/>

  <!-- A schema- or pattern-level let evaluated with the document as context item (ISO 19757-3 §5.4.5). -->
  <xsl:function name="sc:on-document" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="'$' || $sc:document || ' ! (' || $value || ')'"/>
  </xsl:function>

  <!-- The generated mode of a pattern. -->
  <xsl:function name="sc:mode" as="xs:string">
    <xsl:param name="pattern" as="element(sch:pattern)"/>
    <xsl:sequence select="'Q{' || $sc:ed || '}p' || (count($pattern/preceding-sibling::sch:pattern) + 1)"/>
  </xsl:function>

</xsl:stylesheet>
