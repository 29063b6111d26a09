<?xml version="1.0" encoding="UTF-8"?>
<!--
  `quotes` (ENCODING.md §4 Quotations): direct and indirect quotations together, each with its
  type and its source (the first `#id` of @source and that entry's title; null when there is none).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `quotes`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-quotes" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <j:array key="quotes">
      <xsl:for-each select="outermost($ctx?doc//text)//(quote | q | said)[ed:j-has-range($ctx, .)]">
        <xsl:variable name="id" as="xs:string?" select="ed:ids(@source)[1]"/>
        <j:map>
          <xsl:sequence select="ed:j-string('type', ed:quote-type(.))"/>
          <xsl:choose>
            <xsl:when test="exists($id)">
              <j:map key="source">
                <xsl:sequence select="ed:j-string('id', $id), ed:j-string('title', ed:bibl-title(key('ed:id', $id, root(.))[1]))"/>
              </j:map>
            </xsl:when>
            <xsl:otherwise><j:null key="source"/></xsl:otherwise>
          </xsl:choose>
          <xsl:sequence select="ed:j-range($ctx, .)"/>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
