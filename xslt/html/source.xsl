<?xml version="1.0" encoding="UTF-8"?>
<!--
  The source description (ENCODING.md §2 sourceDesc/msDesc), the classification and
  declassification history (§2 classDecl, handDesc, additions, history; §4 markings and stamps),
  and the edition's own statement (editionStmt, availability, respStmt, editorialDecl, revisionDesc).
  Any sourceDesc without msDesc is shown as prose.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="h:source" as="element()">
    <section id="source" aria-labelledby="source-h">
      <h2 id="source-h">The source</h2>
      <xsl:choose>
        <xsl:when test="$h:ms">
          <dl class="facts wide">
            <xsl:for-each select="$h:ms/msIdentifier/(repository | collection | idno | altIdentifier)">
              <div>
                <dt>{h:field-label(.)}</dt>
                <dd>{h:norm((idno, .)[1])}{if (descendant-or-self::idno/@cert = 'low') then ' (unverified)' else ''}</dd>
              </div>
            </xsl:for-each>
            <xsl:for-each select="$h:ms/msContents/msItem/(author | title | textLang)">
              <div><dt>{h:field-label(.)}</dt><dd><xsl:apply-templates mode="h:prose"/></dd></div>
            </xsl:for-each>
            <xsl:for-each select="$h:ms/physDesc//extent">
              <div><dt>Extent</dt><dd><xsl:apply-templates mode="h:prose"/></dd></div>
            </xsl:for-each>
            <xsl:for-each select="$h:ms/history/(origin | provenance | acquisition)">
              <div><dt>{h:field-label(.)}</dt><dd><xsl:apply-templates mode="h:prose"/></dd></div>
            </xsl:for-each>
          </dl>
          <xsl:if test="$h:ms/physDesc/handDesc/handNote">
            <h3>Hands</h3>
            <ul>
              <xsl:for-each select="$h:ms/physDesc/handDesc/handNote">
                <li><xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if><xsl:apply-templates mode="h:prose"/></li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:if test="$h:ms/physDesc/additions">
            <h3>Additions</h3>
            <xsl:apply-templates select="$h:ms/physDesc/additions/node()" mode="h:prose"/>
          </xsl:if>
          <xsl:if test="$h:ms/additional//note">
            <h3>About the identifiers</h3>
            <xsl:for-each select="$h:ms/additional//note"><p><xsl:apply-templates mode="h:prose"/></p></xsl:for-each>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="$h:file-desc/sourceDesc/node()" mode="h:prose"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="h:classification" as="element()?">
    <xsl:if test="h:has-classification()">
      <section id="classification" aria-labelledby="classification-h">
        <h2 id="classification-h">Classification and release</h2>
        <dl class="facts wide">
          <xsl:if test="exists($h:level)">
            <div><dt>Classified</dt><dd>{$h:level}</dd></div>
          </xsl:if>
          <xsl:if test="exists($h:markings)">
            <div>
              <dt>Markings</dt>
              <dd>
                <xsl:for-each-group select="$h:markings" group-by="h:norm(.)">
                  <xsl:variable name="pages" select="distinct-values(current-group() ! accumulator-before('h:page'))"/>
                  <xsl:text>{current-grouping-key()} on page{if (count($pages) gt 1) then 's' else ''} {string-join($pages, ', ')}</xsl:text>
                  <xsl:text>{if (count(current-group()) gt 1) then ' (' || count(current-group()) || ' in all)' else ''}; {ed:marking-state($h:root)}</xsl:text>
                  <xsl:for-each select="distinct-values(h:local-ids(current-group()//*[ed:is-struck(.)]/@hand)) ! key('h:id', ., root($h:tei))">
                    <xsl:text>. The cancelling hand: </xsl:text><xsl:apply-templates mode="h:prose"/>
                  </xsl:for-each>
                  <xsl:if test="position() ne last()"><br/></xsl:if>
                </xsl:for-each-group>
              </dd>
            </div>
          </xsl:if>
          <xsl:for-each select="$h:release-stamps">
            <div>
              <dt>Release stamp</dt>
              <dd>“{string-join(h:stamp-lines(.), ' / ')}”, page {accumulator-before('h:page')}<xsl:if test="@when">, <xsl:sequence select="h:time(string(@when))"/></xsl:if></dd>
            </div>
          </xsl:for-each>
          <xsl:for-each select="$h:ms/history/provenance[exists($h:release-stamps)]">
            <div><dt>Provenance</dt><dd><xsl:apply-templates mode="h:prose"/></dd></div>
          </xsl:for-each>
        </dl>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A stamp's lines (split at lb). -->
  <xsl:function name="h:stamp-lines" as="xs:string*">
    <xsl:param name="stamp" as="element()"/>
    <xsl:for-each-group select="$stamp/node()" group-starting-with="lb">
      <xsl:sequence select="h:norm(current-group())[. ne '']"/>
    </xsl:for-each-group>
  </xsl:function>

  <xsl:template name="h:about" as="element()">
    <xsl:variable name="enc" select="$h:tei/teiHeader/encodingDesc"/>
    <section id="about" aria-labelledby="about-h">
      <h2 id="about-h">About this edition</h2>
      <dl class="facts wide">
        <xsl:for-each select="$h:file-desc/editionStmt/edition">
          <div><dt>Edition</dt><dd><xsl:apply-templates mode="h:prose"/>{@n ! (' (' || . || ')')}</dd></div>
        </xsl:for-each>
        <xsl:for-each select="$h:file-desc/titleStmt/respStmt">
          <div><dt>Responsibility</dt><dd>{string-join((name | persName | orgName) ! ed:name-text(.), '; ')}: {h:norm(resp)}</dd></div>
        </xsl:for-each>
        <xsl:if test="$h:publisher">
          <div><dt>Published by</dt><dd>{$h:publisher}<xsl:if test="$h:pub-date">, <xsl:sequence select="h:time($h:pub-date)"/></xsl:if></dd></div>
        </xsl:if>
        <xsl:for-each select="$h:file-desc/publicationStmt/availability/licence">
          <div><dt>Licence</dt><dd><xsl:apply-templates mode="h:prose"/><xsl:for-each select="h:safe-url(@target)"> (<a href="{.}">{.}</a>)</xsl:for-each></dd></div>
        </xsl:for-each>
      </dl>
      <xsl:if test="$enc/editorialDecl">
        <h3>Editorial principles</h3>
        <xsl:apply-templates select="$enc/editorialDecl/*" mode="h:prose"/>
      </xsl:if>
      <xsl:if test="$h:tei/teiHeader/revisionDesc/change">
        <h3>Revisions</h3>
        <ul>
          <xsl:for-each select="$h:tei/teiHeader/revisionDesc/change">
            <li><xsl:if test="@when"><xsl:sequence select="h:time(string(@when))"/>: </xsl:if><xsl:apply-templates mode="h:prose"/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Labels of header fields. -->
  <xsl:function name="h:field-label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="type" select="string(($e/@type, $e/idno/@type)[1])"/>
    <xsl:sequence select="
      if ($e/self::altIdentifier and $type = 'reportNumber') then 'Report number'
      else if ($e/self::altIdentifier and $type = 'copyNumber') then 'Copy number'
      else if ($e/self::idno and $type = 'archive') then 'Archive number'
      else if ($e/self::idno or $e/self::altIdentifier) then 'Identifier' || ($type[. ne ''] ! (' (' || . || ')'))
      else if ($e/self::title and $type = 'series') then 'Series'
      else if ($e/self::title) then 'Title'
      else if ($e/self::textLang) then 'Language'
      else if ($e/self::origin) then 'Origin'
      else if ($e/self::repository) then 'Repository'
      else if ($e/self::collection) then 'Collection'
      else if ($e/self::author) then 'Author'
      else upper-case(substring(local-name($e), 1, 1)) || substring(local-name($e), 2)"/>
  </xsl:function>
</xsl:stylesheet>
