<?xml version="1.0" encoding="UTF-8"?>
<!--
  `entities`: the entity register (docs/encoding.md §4) with every occurrence in the reading text.
  An occurrence is an element of the text whose @ref points to the entry (`persName`, `rs`,
  `title`, …; a @ref with several targets is an occurrence of each); occurrences inside furniture
  or editorial notes are not in the reading text and are left out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `entities`. The occurrences are grouped by the ids they point to in one pass over
    the records (document order within each group), then listed entry by entry.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-entities" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="occurrences" as="map(xs:string, array(*)*)">
      <xsl:map>
        <xsl:for-each-group select="$ctx?ranges[exists(?1/@ref)]" group-by="ed:ids(?1/@ref)">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="entities" as="xs:string*">
      <xsl:for-each select="ed:entities($ctx?doc)">
        <xsl:sequence select="ed:j-object((ed:j-string('id', string(@xml:id)), ed:j-string('kind', ed:entity-kind(.)),
          ed:j-string('name', ed:entity-name(.)), ed:j-strings('authorities', ed:authority-urls(.)),
          ed:j-member('occurrences', ed:j-array($occurrences(string(@xml:id))
            ! ('{' || ed:j-range(.) || ',&quot;surface&quot;:' || ed:j-surface($ctx, .) || '}')))))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('entities', ed:j-array($entities))"/>
  </xsl:function>

</xsl:stylesheet>
