<?xml version="1.0" encoding="UTF-8"?>
<!--
  `entities`: the entity register (ENCODING.md §3) with every occurrence in the reading text.
  An occurrence is an element of the text whose @ref points to the entry (`persName`, `rs`,
  `title`, …; a @ref with several targets is an occurrence of each); occurrences inside furniture
  or editorial notes are not in the reading text and are left out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `entities`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-entities" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <j:array key="entities">
      <xsl:for-each select="ed:entities($ctx?doc)">
        <j:map>
          <xsl:sequence select="ed:j-string('id', string(@xml:id)), ed:j-string('kind', ed:entity-kind(.)),
            ed:j-string('name', ed:entity-name(.)), ed:j-strings('authorities', ed:authority-urls(.))"/>
          <j:array key="occurrences">
            <!-- The offsets looked up once per occurrence (there may be a hundred thousand). -->
            <xsl:for-each select="key('ed:ref', string(@xml:id)) ! ed:j-offsets($ctx, .)[exists(?end)]">
              <j:map>
                <j:array key="range"><j:number>{?start}</j:number><j:number>{?end}</j:number></j:array>
                <j:string key="surface">{ed:marked-text($ctx?strings, .)}</j:string>
              </j:map>
            </xsl:for-each>
          </j:array>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
