<?xml version="1.0" encoding="UTF-8"?>
<!--
  `dates` (ENCODING.md §4 Dates): every dated expression of the reading text with its normalised
  values as encoded (ISO 8601 @when, @from/@to, @notBefore/@notAfter, @dur); only the attributes
  present become members. Dates in furniture (the release stamp) are not in the reading text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `dates`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-dates" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <j:array key="dates">
      <xsl:for-each select="outermost($ctx?doc//text)//(date | docDate | time | origDate)
        [@when | @from | @to | @notBefore | @notAfter | @dur][ed:j-has-range($ctx, .)]">
        <xsl:variable name="date" as="element()" select="."/>
        <j:map>
          <xsl:sequence select="ed:j-string('surface', ed:j-surface($ctx, .))"/>
          <xsl:for-each select="('when', 'from', 'to', 'notBefore', 'notAfter', 'dur')">
            <xsl:variable name="name" as="xs:string" select="."/>
            <xsl:sequence select="$date/@*[local-name() eq $name][namespace-uri() eq ''] ! ed:j-string($name, normalize-space(.))"/>
          </xsl:for-each>
          <xsl:sequence select="ed:j-range($ctx, .)"/>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
