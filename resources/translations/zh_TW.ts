<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>App</name>
    <message>
        <source>No workstation profile at %1.
An installer sets it up with: python -m desktop init</source>
        <translation>%1 沒有工作站設定檔。
請由安裝人員執行：python -m desktop init</translation>
    </message>
</context>
<context>
    <name>ArrivalsView</name>
    <message>
        <source>Arriving flights and pre-screen hits</source>
        <translation>抵達班機與預先篩檢命中</translation>
    </message>
    <message>
        <source>Flight / traveller</source>
        <translation>班機／旅客</translation>
    </message>
    <message>
        <source>Due (local time) / born</source>
        <translation>預定時間（當地）／出生日期</translation>
    </message>
    <message>
        <source>Direction / role</source>
        <translation>方向／身分</translation>
    </message>
    <message>
        <source>On board / document</source>
        <translation>機上人數／證件</translation>
    </message>
    <message>
        <source>Pre-screen hits</source>
        <translation>預先篩檢命中</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>入境</translation>
    </message>
    <message>
        <source>departure</source>
        <translation>出境</translation>
    </message>
    <message>
        <source>person of interest</source>
        <translation>列管人員</translation>
    </message>
    <message>
        <source>document</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>exit ban</source>
        <translation>限制出境</translation>
    </message>
    <message>
        <source>entry permit</source>
        <translation>入境許可</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>refuse entry</source>
        <translation>拒絕入境</translation>
    </message>
    <message>
        <source>refuse exit</source>
        <translation>禁止出境</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>轉介</translation>
    </message>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation>%1：%2（分數 %3）</translation>
    </message>
    <message>
        <source>Could not read the flights: %1</source>
        <translation>無法讀取班機：%1</translation>
    </message>
    <message>
        <source>Reading the flights…</source>
        <translation>正在讀取班機…</translation>
    </message>
    <message>
        <source>This workstation has no port: the central system sets it with the enrollment code.</source>
        <translation>本工作站尚未設定口岸：由中央系統在註冊碼中設定。</translation>
    </message>
    <message>
        <source>No flight due at %1 in the manifests held.</source>
        <translation>現有艙單中沒有預定抵達 %1 的班機。</translation>
    </message>
    <message>
        <source>%1: %2 flights due, %3 travellers with pre-screen hits. From this workstation&apos;s copy of the manifests: also while the central system is down.</source>
        <translation>%1：預定 %2 個班次，%3 名旅客有預先篩檢命中。資料來自本工作站的艙單副本：中央系統中斷時亦可使用。</translation>
    </message>
    <message>
        <source>%1 passengers, %2 crew</source>
        <translation>旅客 %1 人，機組員 %2 人</translation>
    </message>
    <message>
        <source>%1 travellers</source>
        <translation>%1 名旅客</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>crew</source>
        <translation>機組員</translation>
    </message>
    <message>
        <source>passenger</source>
        <translation>旅客</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Reading the MRZ with the camera</source>
        <translation>以攝影機讀取 MRZ</translation>
    </message>
    <message>
        <source>Hold the data page still under the camera…</source>
        <translation>請將資料頁平穩置於攝影機下…</translation>
    </message>
    <message>
        <source>no MRZ in view</source>
        <translation>畫面中沒有 MRZ</translation>
    </message>
    <message>
        <source>not readable yet</source>
        <translation>尚無法辨識</translation>
    </message>
    <message>
        <source>read once, confirming</source>
        <translation>已讀取一次，確認中</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已讀取</translation>
    </message>
    <message>
        <source>Frames: %1 — %2</source>
        <translation>影格：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ChipPanel</name>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Read chip (F6)</source>
        <translation>讀取晶片 (F6)</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>無相片</translation>
    </message>
    <message>
        <source>Place the passport on the reader, then read the chip.</source>
        <translation>請將護照置於讀取機上，再讀取晶片。</translation>
    </message>
    <message>
        <source>Reading the chip…</source>
        <translation>讀取晶片中…</translation>
    </message>
    <message>
        <source>Chip not read: %1</source>
        <translation>晶片未能讀取：%1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>無效</translation>
    </message>
    <message>
        <source>unverified (no CSCA)</source>
        <translation>無法驗證（無 CSCA 憑證）</translation>
    </message>
    <message>
        <source>not offered by the chip</source>
        <translation>晶片未提供</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未執行</translation>
    </message>
    <message>
        <source>Access: %1</source>
        <translation>存取控制：%1</translation>
    </message>
    <message>
        <source>Passive authentication: %1</source>
        <translation>被動驗證：%1</translation>
    </message>
    <message>
        <source>Active authentication: %1</source>
        <translation>主動驗證：%1</translation>
    </message>
    <message>
        <source>Chip authentication: %1</source>
        <translation>晶片驗證：%1</translation>
    </message>
    <message>
        <source>THE PRINTED MRZ DIFFERS FROM THE CHIP</source>
        <translation>證件印製的 MRZ 與晶片資料不符</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Document code</source>
        <translation>證件類別</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>核發國</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>國籍</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>效期截止日</translation>
    </message>
    <message>
        <source>Optional data</source>
        <translation>選用資料</translation>
    </message>
    <message>
        <source>Document (MRZ)</source>
        <translation>證件（機器可讀區）</translation>
    </message>
    <message>
        <source>Scan or type the MRZ of the travel document.</source>
        <translation>請掃描或輸入旅行證件的機器可讀區（MRZ）。</translation>
    </message>
    <message>
        <source>Reading the MRZ…</source>
        <translation>正在讀取 MRZ…</translation>
    </message>
    <message>
        <source>MRZ valid: format and check digits correct.</source>
        <translation>MRZ 有效：格式與檢查碼正確。</translation>
    </message>
    <message>
        <source>MRZ NOT valid:</source>
        <translation>MRZ 無效：</translation>
    </message>
</context>
<context>
    <name>EmergencyBanner</name>
    <message>
        <source>reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Declare emergency mode</source>
        <translation>宣告緊急作業模式</translation>
    </message>
    <message>
        <source>The central system has not answered for %1 min (limit %2 min). Declare emergency mode? The replica versions in force are recorded.</source>
        <translation>中央系統已 %1 分鐘未回應（上限 %2 分鐘）。是否宣告緊急作業模式？將記錄目前使用的本地名單版本。</translation>
    </message>
    <message>
        <source>Say why first.</source>
        <translation>請先說明原因。</translation>
    </message>
</context>
<context>
    <name>EmergencyLogView</name>
    <message>
        <source>Declarations</source>
        <translation>宣告</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>督導解除</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>政策變更</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>person (optional)</source>
        <translation>人員（選填）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Export the emergency log</source>
        <translation>匯出緊急作業日誌</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>FacePanel</name>
    <message>
        <source>Face</source>
        <translation>人像比對</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>晶片</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>現場</translation>
    </message>
    <message>
        <source>Stop (F4)</source>
        <translation>停止 (F4)</translation>
    </message>
    <message>
        <source>Live capture (F4)</source>
        <translation>現場拍攝 (F4)</translation>
    </message>
    <message>
        <source>no face in view</source>
        <translation>畫面中沒有人臉</translation>
    </message>
    <message>
        <source>several faces in view: only the traveller</source>
        <translation>畫面中有多張人臉：請只讓旅客入鏡</translation>
    </message>
    <message>
        <source>face too small: step closer</source>
        <translation>人臉太小：請旅客靠近</translation>
    </message>
    <message>
        <source>face turned away: look at the camera</source>
        <translation>臉部偏轉：請旅客正視鏡頭</translation>
    </message>
    <message>
        <source>blurred: hold still</source>
        <translation>影像模糊：請旅客保持不動</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>太暗</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>太亮</translation>
    </message>
    <message>
        <source>over- or underexposed</source>
        <translation>曝光過度或不足</translation>
    </message>
    <message>
        <source>face found, checking movement…</source>
        <translation>已偵測到人臉，檢查動態中…</translation>
    </message>
    <message>
        <source>no movement at all: a still picture?</source>
        <translation>完全沒有動態：可能是靜態照片？</translation>
    </message>
    <message>
        <source>moves like a flat picture: ask the traveller to turn the head slightly</source>
        <translation>移動方式像平面照片：請旅客輕微轉頭</translation>
    </message>
    <message>
        <source>the face moved too far: again</source>
        <translation>臉部移動過大：重新拍攝</translation>
    </message>
    <message>
        <source>live face</source>
        <translation>真人臉部</translation>
    </message>
    <message>
        <source>no face</source>
        <translation>無相片</translation>
    </message>
    <message>
        <source>Read the chip, then F4 for a live capture.</source>
        <translation>請先讀取晶片，再按 F4 現場拍攝。</translation>
    </message>
    <message>
        <source>No chip face: nothing to compare with.</source>
        <translation>晶片內無相片：無法比對。</translation>
    </message>
    <message>
        <source>F4: live capture, the traveller looking at the camera.</source>
        <translation>F4：現場拍攝，請旅客正視鏡頭。</translation>
    </message>
    <message>
        <source>Capturing: the traveller looks at the camera…</source>
        <translation>拍攝中：請旅客正視鏡頭…</translation>
    </message>
    <message>
        <source>Capture stopped.</source>
        <translation>已停止拍攝。</translation>
    </message>
    <message>
        <source>Frame %1: %2</source>
        <translation>第 %1 張影像：%2</translation>
    </message>
    <message>
        <source>Could not capture: %1</source>
        <translation>無法拍攝：%1</translation>
    </message>
    <message>
        <source>MATCH — score %1 (threshold %2)</source>
        <translation>相符 — 分數 %1（門檻 %2）</translation>
    </message>
    <message>
        <source>NO MATCH — score %1 (threshold %2). Refer suggested: compare the traveller with the chip photo yourself.</source>
        <translation>不相符 — 分數 %1（門檻 %2）。建議移送複查：請親自比對旅客與晶片相片。</translation>
    </message>
    <message>
        <source>COULD NOT VERIFY: %3. Compare the traveller with the chip photo.</source>
        <translation>無法驗證：%3。請親自比對旅客與晶片相片。</translation>
    </message>
</context>
<context>
    <name>HitsView</name>
    <message>
        <source>Screening</source>
        <translation>比對</translation>
    </message>
    <message>
        <source>Screening failed: %1</source>
        <translation>比對失敗：%1</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>比對中…</translation>
    </message>
    <message>
        <source>No document yet.</source>
        <translation>尚未輸入證件。</translation>
    </message>
    <message>
        <source>No hits on the local lists.</source>
        <translation>本地名單無符合資料。</translation>
    </message>
    <message>
        <source>%1 hit(s): read each reason before deciding.</source>
        <translation>符合 %1 筆：請逐一閱讀原因後再作決定。</translation>
    </message>
    <message>
        <source>WARNING: the local replica is empty: screening cannot find anyone. Call a supervisor.</source>
        <translation>警告：本地資料庫是空的，無法比對任何人。請通知督導。</translation>
    </message>
    <message>
        <source>WARNING: stale lists (%1): recent entries may be missing.</source>
        <translation>警告：名單已過期（%1）：可能缺少最新資料。</translation>
    </message>
    <message>
        <source>Screened against: %1</source>
        <translation>比對依據：%1</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>On no manifest of the flights held for this port.</source>
        <translation>不在本口岸所存任何航班的艙單上。</translation>
    </message>
    <message>
        <source>Flight %1 (crew), due %2</source>
        <translation>航班 %1（機組員），預定 %2</translation>
    </message>
    <message>
        <source>Flight %1, due %2</source>
        <translation>航班 %1，預定 %2</translation>
    </message>
    <message>
        <source>not pre-screened by the central</source>
        <translation>中央系統未預先篩檢</translation>
    </message>
    <message>
        <source>pre-screened by the central: %1 hit(s)</source>
        <translation>中央系統已預先篩檢：%1 筆命中</translation>
    </message>
    <message>
        <source>pre-screened by the central: no hits</source>
        <translation>中央系統已預先篩檢：無命中</translation>
    </message>
    <message>
        <source>Machine readable zone (reader, keyboard or camera)</source>
        <translation>機器可讀區（讀取機、鍵盤或攝影機）</translation>
    </message>
    <message>
        <source>Photo… (F7)</source>
        <translation>相片… (F7)</translation>
    </message>
    <message>
        <source>Camera (F8)</source>
        <translation>攝影機 (F8)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入境</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出境</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>optional, for the record</source>
        <translation>選填，記入紀錄</translation>
    </message>
    <message>
        <source>Admit (F9)</source>
        <translation>准予通關 (F9)</translation>
    </message>
    <message>
        <source>Refer (F10)</source>
        <translation>移送二線 (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>不准通關 (F11)</translation>
    </message>
    <message>
        <source>Supervisor clears hit (F12)</source>
        <translation>督導解除 (F12)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（無原因）</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1（建議）</translation>
    </message>
    <message>
        <source>Switched for this traveller only: back to %1 with the next one (F2 switches back).</source>
        <translation>僅本位旅客切換：下一位旅客恢復為%1（按 F2 切回）。</translation>
    </message>
    <message>
        <source>This counter&apos;s direction. F2 switches for one traveller.</source>
        <translation>本櫃檯的查驗方向。按 F2 僅切換一位旅客。</translation>
    </message>
    <message>
        <source>Entry permit valid: %1, until %2</source>
        <translation>入境許可有效：%1，效期至 %2</translation>
    </message>
    <message>
        <source>Refer: the reason? 1-9 records with that reason (0: none), Enter with the one selected, Esc goes back.</source>
        <translation>移送二線：原因？按 1-9 即以該原因記錄（0：無原因），按 Enter 以選取的原因記錄，按 Esc 返回。</translation>
    </message>
    <message>
        <source>Refuse: the reason? 1-9 records with that reason, Enter with the one selected, Esc goes back.</source>
        <translation>不准通關：原因？按 1-9 即以該原因記錄，按 Enter 以選取的原因記錄，按 Esc 返回。</translation>
    </message>
    <message>
        <source>Scan the document and wait for screening first.</source>
        <translation>請先掃描證件並等待比對完成。</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>准予通關</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>移送二線</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不准通關</translation>
    </message>
    <message>
        <source>Recorded No. %1: %2.</source>
        <translation>已記錄第 %1 筆：%2。</translation>
    </message>
    <message>
        <source>Read again with what you typed, the MRZ still could not be read with certainty (line:column %1). Take another picture or type the whole MRZ.</source>
        <translation>以您輸入的字元重新辨識後，MRZ 仍無法確定判讀（行:欄 %1）。請重新拍攝，或輸入完整的 MRZ。</translation>
    </message>
    <message>
        <source>Read with what you typed, the MRZ fails its checks: a character typed may be wrong. Check what you typed against the document, or type the whole MRZ.</source>
        <translation>以您輸入的字元判讀，MRZ 未通過檢查：可能有輸入錯誤的字元。請對照證件核對您輸入的字元，或輸入完整的 MRZ。</translation>
    </message>
    <message>
        <source>Recorded No. %1: admitted with the override of supervisor %2.</source>
        <translation>已記錄第 %1 筆：經督導 %2 解除命中，准予通關。</translation>
    </message>
    <message>
        <source>Previous traveller (%1): %2</source>
        <translation>上一位旅客（%1）：%2</translation>
    </message>
    <message>
        <source>Previous traveller NOT recorded: %1</source>
        <translation>上一位旅客未記錄：%1</translation>
    </message>
    <message>
        <source>Photo of the data page</source>
        <translation>資料頁相片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>影像 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading the MRZ in the photo…</source>
        <translation>正在辨識相片中的 MRZ…</translation>
    </message>
    <message>
        <source>Reading the MRZ in the photo again with the characters you typed…</source>
        <translation>正在以您輸入的字元重新辨識相片中的 MRZ…</translation>
    </message>
    <message>
        <source>MRZ read from the image, with what you typed at line:column %1: compare it with the document.</source>
        <translation>已由影像讀取 MRZ，並採用您在 行:欄 %1 輸入的字元：請與證件核對。</translation>
    </message>
    <message>
        <source>MRZ read from the image: compare it with the document.</source>
        <translation>已由影像讀取 MRZ：請與證件核對。</translation>
    </message>
    <message>
        <source>The MRZ could not be read with certainty (line:column %1). Take another picture or type it.</source>
        <translation>MRZ 無法確實辨識（行:欄 %1）。請重拍或以手動輸入。</translation>
    </message>
    <message>
        <source>The MRZ read from the image fails its checks. Take another picture or type it.</source>
        <translation>由影像讀取的 MRZ 未通過檢查。請重拍或以手動輸入。</translation>
    </message>
    <message>
        <source>The MRZ read from the image fails its checks, whatever the characters read without certainty hold (line:column %1). Take another picture or type it.</source>
        <translation>由影像讀取的 MRZ 未通過檢查，無論判讀不確定的字元（行:欄 %1）為何皆然。請重拍或以手動輸入。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Border inspection — login</source>
        <translation>證照查驗 — 登入</translation>
    </message>
    <message>
        <source>Border inspection workstation</source>
        <translation>證照查驗工作站</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Officer ID</source>
        <translation>查驗員帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Login cancelled.</source>
        <translation>已取消登入。</translation>
    </message>
    <message>
        <source>Enter your officer ID and password.</source>
        <translation>請輸入查驗員帳號與密碼。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>驗證中…</translation>
    </message>
    <message>
        <source>Unknown officer ID or wrong password.</source>
        <translation>帳號不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many failed attempts: locked until %1. A supervisor can unlock you.</source>
        <translation>失敗次數過多：鎖定至 %1。可請督導解除鎖定。</translation>
    </message>
    <message>
        <source>This officer ID is no longer active on this workstation.</source>
        <translation>此帳號在本工作站已停用。</translation>
    </message>
    <message>
        <source>Login is not possible until the store is restored.</source>
        <translation>資料庫還原前無法登入。</translation>
    </message>
    <message>
        <source>The central system did not answer, and an officer&apos;s first login on this workstation must be online (or the ID or password is wrong). Check the network and try again, or ask a supervisor. Officers who have logged in here before can log in offline.</source>
        <translation>中央系統沒有回應，而同仁在本工作站第一次登入必須連線驗證（或帳號、密碼有誤）。請檢查網路後再試，或洽詢督導。曾在本工作站登入過的同仁可離線登入。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登入失敗：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The background sync service is syncing this workstation.</source>
        <translation>背景同步服務正在為本工作站同步。</translation>
    </message>
    <message>
        <source>The central system did not answer: logged in offline with this workstation&apos;s key slot.</source>
        <translation>中央系統沒有回應：已使用本工作站的金鑰離線登入。</translation>
    </message>
    <message>
        <source>Border inspection workstation</source>
        <translation>證照查驗工作站</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>查驗(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>紀錄(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Supervisor (%1)</source>
        <translation>督導(&amp;S)（%1）</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>督導(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>報表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Emergency log</source>
        <translation>緊急作業日誌(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lists policy</source>
        <translation>名單規定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>工作階段(&amp;S)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Large text</source>
        <translation>放大字體(&amp;L)</translation>
    </message>
    <message>
        <source>Name index rebuilt: %1</source>
        <translation>名稱索引已重建：%1</translation>
    </message>
    <message>
        <source>Synchronising with the central system…</source>
        <translation>正在與中央系統同步…</translation>
    </message>
    <message>
        <source>Synchronised: %1 record(s) sent, %2 new alert(s).</source>
        <translation>同步完成：送出 %1 筆紀錄，新警示 %2 則。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失敗：%1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>aa.chip_signature</source>
        <extracomment>the chip's signature does not verify</extracomment>
        <translation>晶片的簽章驗證失敗</translation>
    </message>
    <message>
        <source>aa.key_unusable</source>
        <extracomment>the DG15 key cannot be used</extracomment>
        <translation>無法使用 DG15 金鑰</translation>
    </message>
    <message>
        <source>aa.key_unusable_detail</source>
        <extracomment>the DG15 key cannot be used: {detail}</extracomment>
        <translation>DG15 金鑰無法使用：{detail}</translation>
    </message>
    <message>
        <source>aa.no_ecdsa_algorithm</source>
        <extracomment>DG14 does not name the ECDSA algorithm for active authentication</extracomment>
        <translation>DG14 未指定主動認證的 ECDSA 演算法</translation>
    </message>
    <message>
        <source>aa.no_key</source>
        <extracomment>DG15 holds neither an RSA nor an EC key</extracomment>
        <translation>DG15 既非 RSA 也非 EC 金鑰</translation>
    </message>
    <message>
        <source>aa.signature</source>
        <extracomment>the signature does not verify</extracomment>
        <translation>簽章驗證失敗</translation>
    </message>
    <message>
        <source>aa.trailer</source>
        <extracomment>unknown ISO/IEC 9796-2 trailer</extracomment>
        <translation>未知的 ISO/IEC 9796-2 結尾</translation>
    </message>
    <message>
        <source>aa.wrong_size</source>
        <extracomment>the chip's signature has the wrong size</extracomment>
        <translation>晶片簽章的長度錯誤</translation>
    </message>
    <message>
        <source>camera.cannot_open</source>
        <extracomment>cannot open the camera or video {source}</extracomment>
        <translation>無法開啟攝影機或影片 {source}</translation>
    </message>
    <message>
        <source>camera.no_frames</source>
        <extracomment>the camera or video gives no frames</extracomment>
        <translation>攝影機或影片沒有畫面</translation>
    </message>
    <message>
        <source>camera.picture_missing</source>
        <extracomment>the camera picture {source} does not exist</extracomment>
        <translation>攝影機圖片 {source} 不存在</translation>
    </message>
    <message>
        <source>chip.bac_answer</source>
        <extracomment>access denied: the chip's BAC answer does not verify</extracomment>
        <translation>拒絕存取：晶片的 BAC 回應驗證失敗</translation>
    </message>
    <message>
        <source>chip.bac_challenge</source>
        <extracomment>access denied: the chip's BAC answer does not match the challenge</extracomment>
        <translation>拒絕存取：晶片的 BAC 回應與挑戰值不符</translation>
    </message>
    <message>
        <source>chip.bac_refused</source>
        <extracomment>access denied: the chip refused the MRZ key (check the document number, birth date and expiry date)</extracomment>
        <translation>拒絕存取：晶片不接受 MRZ 金鑰（請核對證件號碼、出生日期與效期截止日）</translation>
    </message>
    <message>
        <source>chip.ca_clone</source>
        <extracomment>the chip does not hold the private key of DG14's chip authentication key (its answer under the new keys does not verify): a cloned chip</extracomment>
        <translation>晶片未持有 DG14 晶片驗證公鑰所對應的私鑰（以新金鑰保護的回應無法驗證）：為複製晶片</translation>
    </message>
    <message>
        <source>chip.ca_refused</source>
        <extracomment>the chip refused chip authentication: {detail}</extracomment>
        <translation>晶片拒絕晶片驗證：{detail}</translation>
    </message>
    <message>
        <source>chip.ca_unsupported</source>
        <extracomment>DG14 offers no chip authentication this reader supports</extracomment>
        <translation>DG14 未提供本系統支援的晶片驗證方式</translation>
    </message>
    <message>
        <source>chip.cam_clone</source>
        <extracomment>the chip's PACE-CAM data do not match DG14's chip authentication key: a cloned chip</extracomment>
        <translation>晶片的 PACE-CAM 資料與 DG14 的晶片驗證公鑰不符：為複製晶片</translation>
    </message>
    <message>
        <source>chip.cam_no_dg14</source>
        <extracomment>the chip has no DG14 to check PACE-CAM against</extracomment>
        <translation>晶片沒有 DG14，無法核對 PACE-CAM</translation>
    </message>
    <message>
        <source>chip.cam_no_key</source>
        <extracomment>DG14 has no chip authentication key on the PACE curve</extracomment>
        <translation>DG14 中沒有位於 PACE 曲線上的晶片驗證金鑰</translation>
    </message>
    <message>
        <source>chip.card_gone</source>
        <extracomment>the card was removed or does not respond ({detail})</extracomment>
        <translation>晶片已移除或沒有回應（{detail}）</translation>
    </message>
    <message>
        <source>chip.card_in_use</source>
        <extracomment>another program is using the card on {reader}</extracomment>
        <translation>另一個程式正在使用 {reader} 上的晶片</translation>
    </message>
    <message>
        <source>chip.card_removed</source>
        <extracomment>the card was removed during the read</extracomment>
        <translation>讀取中晶片被移除</translation>
    </message>
    <message>
        <source>chip.com_sod_differ</source>
        <extracomment>EF.COM and EF.SOD list different data groups</extracomment>
        <translation>EF.COM 與 EF.SOD 列出的資料群組不同</translation>
    </message>
    <message>
        <source>chip.face_unreadable</source>
        <extracomment>the face in DG2 cannot be read: {detail}</extracomment>
        <translation>無法讀取 DG2 中的人像：{detail}</translation>
    </message>
    <message>
        <source>chip.field.birth_date</source>
        <extracomment>birth_date</extracomment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>chip.field.document_code</source>
        <extracomment>document_code</extracomment>
        <translation>證件類別</translation>
    </message>
    <message>
        <source>chip.field.document_number</source>
        <extracomment>document_number</extracomment>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>chip.field.expiry_date</source>
        <extracomment>expiry_date</extracomment>
        <translation>效期截止日</translation>
    </message>
    <message>
        <source>chip.field.given_names</source>
        <extracomment>given_names</extracomment>
        <translation>名</translation>
    </message>
    <message>
        <source>chip.field.issuing_state</source>
        <extracomment>issuing_state</extracomment>
        <translation>發證國</translation>
    </message>
    <message>
        <source>chip.field.nationality</source>
        <extracomment>nationality</extracomment>
        <translation>國籍</translation>
    </message>
    <message>
        <source>chip.field.optional_data</source>
        <extracomment>optional_data</extracomment>
        <translation>選用資料</translation>
    </message>
    <message>
        <source>chip.field.sex</source>
        <extracomment>sex</extracomment>
        <translation>性別</translation>
    </message>
    <message>
        <source>chip.field.surname</source>
        <extracomment>surname</extracomment>
        <translation>姓</translation>
    </message>
    <message>
        <source>chip.no_card</source>
        <extracomment>no card on {reader}</extracomment>
        <translation>{reader} 上沒有晶片</translation>
    </message>
    <message>
        <source>chip.no_emrtd</source>
        <extracomment>this chip has no eMRTD application: {detail}</extracomment>
        <translation>此晶片沒有 eMRTD 應用程式：{detail}</translation>
    </message>
    <message>
        <source>chip.no_pcscd</source>
        <extracomment>the PC/SC service (pcscd) is not running</extracomment>
        <translation>PC/SC 服務（pcscd）未執行</translation>
    </message>
    <message>
        <source>chip.no_reader</source>
        <extracomment>no smart-card reader is connected</extracomment>
        <translation>未連接晶片讀卡機</translation>
    </message>
    <message>
        <source>chip.pace_refused</source>
        <extracomment>access denied: the chip refused the PACE password (check the CAN or the MRZ)</extracomment>
        <translation>拒絕存取：晶片不接受 PACE 密碼（請核對 CAN 或 MRZ）</translation>
    </message>
    <message>
        <source>chip.pace_token</source>
        <extracomment>access denied: the chip's PACE token does not verify</extracomment>
        <translation>拒絕存取：晶片的 PACE 驗證符記驗證失敗</translation>
    </message>
    <message>
        <source>chip.printed_mrz_differs</source>
        <extracomment>the printed MRZ differs from the chip's DG1 in: {fields}</extracomment>
        <translation>證件上印製的 MRZ 與晶片 DG1 不符：{fields}</translation>
    </message>
    <message>
        <source>chip.reader_gone</source>
        <extracomment>the reader went away ({detail})</extracomment>
        <translation>讀卡機已中斷連線（{detail}）</translation>
    </message>
    <message>
        <source>chip.sm_mac</source>
        <extracomment>response MAC is wrong: the channel is not trusted</extracomment>
        <translation>回應的 MAC 錯誤：通道不可信任</translation>
    </message>
    <message>
        <source>chip.sm_missing</source>
        <extracomment>the chip answered without secure messaging</extracomment>
        <translation>晶片未以安全傳訊回應</translation>
    </message>
    <message>
        <source>emergency.already_active</source>
        <extracomment>emergency mode is already active (since {since}, declared by {who})</extracomment>
        <translation>緊急模式已啟動（自 {since} 起，由 {who} 宣告）</translation>
    </message>
    <message>
        <source>emergency.not_active</source>
        <extracomment>emergency mode is not active</extracomment>
        <translation>緊急模式未啟動</translation>
    </message>
    <message>
        <source>emergency.reason_needed</source>
        <extracomment>--reason must say why (it goes into the record)</extracomment>
        <translation>須說明理由（將記入紀錄）</translation>
    </message>
    <message>
        <source>export.cannot_write</source>
        <extracomment>cannot write {path}: {detail}</extracomment>
        <translation>無法寫入 {path}：{detail}</translation>
    </message>
    <message>
        <source>export.no_directory</source>
        <extracomment>cannot write {path}: the folder {directory} does not exist</extracomment>
        <translation>無法寫入 {path}：資料夾 {directory} 不存在</translation>
    </message>
    <message>
        <source>face.dlib_missing</source>
        <extracomment>dlib is not installed (pip package dlib-bin)</extracomment>
        <translation>未安裝 dlib（pip 套件 dlib-bin）</translation>
    </message>
    <message>
        <source>face.image_cannot_read</source>
        <extracomment>{name}: cannot be read ({why})</extracomment>
        <translation>{name}：無法讀取（{why}）</translation>
    </message>
    <message>
        <source>face.image_directory</source>
        <extracomment>{name}: is a directory</extracomment>
        <translation>{name}：是資料夾</translation>
    </message>
    <message>
        <source>face.image_too_small</source>
        <extracomment>{name}: the image is too small to hold a face</extracomment>
        <translation>{name}：影像太小，無法容納臉部</translation>
    </message>
    <message>
        <source>face.image_unreadable</source>
        <extracomment>{name}: not a readable image ({why})</extracomment>
        <translation>{name}：不是可讀取的影像（{why}）</translation>
    </message>
    <message>
        <source>face.model_file_bad</source>
        <extracomment>a face model file does not load: {why}</extracomment>
        <translation>臉部模型檔無法載入：{why}</translation>
    </message>
    <message>
        <source>face.model_file_missing</source>
        <extracomment>face model file missing: {path}</extracomment>
        <translation>缺少臉部模型檔：{path}</translation>
    </message>
    <message>
        <source>face.models_not_installed</source>
        <extracomment>the face models are not installed (pip package face-recognition-models)</extracomment>
        <translation>未安裝臉部模型（pip 套件 face-recognition-models）</translation>
    </message>
    <message>
        <source>face.no_face</source>
        <extracomment>no face found in the image</extracomment>
        <translation>影像中找不到臉部</translation>
    </message>
    <message>
        <source>face.several_faces</source>
        <extracomment>several faces in the image ({n}): only the traveller may be in it</extracomment>
        <translation>影像中有多張臉（{n}）：只能有旅客本人</translation>
    </message>
    <message>
        <source>hit.document.check_digit_differs</source>
        <extracomment>the MRZ check digit matched the number as read, which makes this misreading unlikely</extracomment>
        <translation>MRZ 檢查碼與讀取的號碼相符，誤讀的可能性低</translation>
    </message>
    <message>
        <source>hit.document.check_digit_same</source>
        <extracomment>the MRZ check digit cannot tell these characters apart</extracomment>
        <translation>MRZ 檢查碼無法區分這些字元</translation>
    </message>
    <message>
        <source>hit.document.exact</source>
        <extracomment>number matches exactly</extracomment>
        <translation>號碼完全相符</translation>
    </message>
    <message>
        <source>hit.document.kind.exact</source>
        <extracomment>exact</extracomment>
        <translation>完全</translation>
    </message>
    <message>
        <source>hit.document.kind.lookalike</source>
        <extracomment>look-alike</extracomment>
        <translation>形近</translation>
    </message>
    <message>
        <source>hit.document.listed</source>
        <extracomment>document {num} issued by {state} (type {typ}) is listed as {reason}</extracomment>
        <translation>{state} 核發之證件 {num}（類別 {typ}）列管為「{reason}」</translation>
    </message>
    <message>
        <source>hit.document.lookalike</source>
        <extracomment>look-alike number ({positions}): an OCR or typing slip is possible</extracomment>
        <translation>形近號碼（{positions}）：可能為 OCR 或輸入誤差</translation>
    </message>
    <message>
        <source>hit.document.position</source>
        <extracomment>position {p}: read {a}, listed {b}</extracomment>
        <translation>第 {p} 位：讀取 {a}，列管 {b}</translation>
    </message>
    <message>
        <source>hit.document.state_differs</source>
        <extracomment>issuing state differs (document says {state})</extracomment>
        <translation>發證國不同（證件為 {state}）</translation>
    </message>
    <message>
        <source>hit.document.summary</source>
        <extracomment>{reason} document ({kind} match): {num} {state}</extracomment>
        <translation>{reason}證件（{kind}相符）：{num} {state}</translation>
    </message>
    <message>
        <source>hit.exit_ban.document</source>
        <extracomment>document {num} is named in the exit ban</extracomment>
        <translation>證件 {num} 載於限制出境名單</translation>
    </message>
    <message>
        <source>hit.exit_ban.name_differs</source>
        <extracomment>the name on the ban differs from the traveller's</extracomment>
        <translation>限制出境名單上的姓名與旅客不同</translation>
    </message>
    <message>
        <source>hit.exit_ban.summary</source>
        <extracomment>exit ban: {name}</extracomment>
        <translation>限制出境：{name}</translation>
    </message>
    <message>
        <source>hit.exit_ban.summary_reason</source>
        <extracomment>exit ban ({reason_text}): {name}</extracomment>
        <translation>限制出境（{reason_text}）：{name}</translation>
    </message>
    <message>
        <source>hit.permit.expired</source>
        <extracomment>permit {pn} expired on {date}</extracomment>
        <translation>許可 {pn} 已於 {date} 失效</translation>
    </message>
    <message>
        <source>hit.permit.holder</source>
        <extracomment>permit holder does not match the traveller ({explanation})</extracomment>
        <translation>許可持有人與旅客不符（{explanation}）</translation>
    </message>
    <message>
        <source>hit.permit.none</source>
        <extracomment>no entry permit for this document</extracomment>
        <translation>此證件無入境許可</translation>
    </message>
    <message>
        <source>hit.permit.none_read</source>
        <extracomment>(none read)</extracomment>
        <translation>（未讀取）</translation>
    </message>
    <message>
        <source>hit.permit.not_yet</source>
        <extracomment>permit {pn} is valid only from {date}</extracomment>
        <translation>許可 {pn} 自 {date} 起才生效</translation>
    </message>
    <message>
        <source>hit.permit.required</source>
        <extracomment>nationality {nat} needs an entry permit; none is issued for document {num}</extracomment>
        <translation>國籍 {nat} 須持入境許可；證件 {num} 未核發許可</translation>
    </message>
    <message>
        <source>hit.permit.summary</source>
        <extracomment>no valid entry permit: {first}</extracomment>
        <translation>無有效入境許可：{first}</translation>
    </message>
    <message>
        <source>hit.permit.used</source>
        <extracomment>permit {pn}: all {n} entries used</extracomment>
        <translation>許可 {pn}：{n} 次入境皆已使用</translation>
    </message>
    <message>
        <source>hit.person.exit</source>
        <extracomment>listed to be refused entry; this is an exit</extracomment>
        <translation>列管為不准入境；本次為出境</translation>
    </message>
    <message>
        <source>hit.person.summary</source>
        <extracomment>{name} (listed, action {action}) matches {query}</extracomment>
        <translation>{name}（列管，處置：{action}）與 {query} 相符</translation>
    </message>
    <message>
        <source>hit.person.summary_source</source>
        <extracomment>{name} (listed on {source}, action {action}) matches {query}</extracomment>
        <translation>{name}（列於 {source}，處置：{action}）與 {query} 相符</translation>
    </message>
    <message>
        <source>inspection.bad_decision</source>
        <extracomment>--decision must be one of {decisions}</extracomment>
        <translation>查驗結果須為下列之一：{decisions}</translation>
    </message>
    <message>
        <source>inspection.bad_direction</source>
        <extracomment>--direction must be entry or exit, not {direction!r}</extracomment>
        <translation>方向須為入境或出境，而非 {direction!r}</translation>
    </message>
    <message>
        <source>inspection.blocked</source>
        <extracomment>not recorded: admit with a blocking hit ({what}); refer or refuse, or a supervisor clears the hit (--override)</extracomment>
        <translation>未記錄：有阻擋性命中時不得准予通關（{what}）；請移送二線或不准通關，或由督導解除命中（F12）</translation>
    </message>
    <message>
        <source>inspection.blocking_hit</source>
        <extracomment>{dataset} {key} ({action})</extracomment>
        <translation>{dataset} {key}（{action}）</translation>
    </message>
    <message>
        <source>inspection.document_invalid</source>
        <extracomment>not recorded: the document failed its checks ({errors}); refer or refuse (reason {reason}), or a supervisor overrides</extracomment>
        <translation>未記錄：證件未通過檢查（{errors}）；請移送二線或不准通關（理由：{reason}），或由督導解除（F12）</translation>
    </message>
    <message>
        <source>inspection.invalid</source>
        <extracomment>invalid</extracomment>
        <translation>無效</translation>
    </message>
    <message>
        <source>inspection.override_note</source>
        <extracomment>not recorded: a supervisor clearing an arrest or a denial ({what}) must give a note for the record</extracomment>
        <translation>未記錄：督導解除逮捕、不准入境或限制出境的命中（{what}）時，須填寫備註記入紀錄</translation>
    </message>
    <message>
        <source>inspection.override_role</source>
        <extracomment>only a supervisor may override a hit</extracomment>
        <translation>僅督導可解除命中</translation>
    </message>
    <message>
        <source>inspection.reason_needed</source>
        <extracomment>a refusal needs --reason CODE</extracomment>
        <translation>不准通關須選擇理由代碼</translation>
    </message>
    <message>
        <source>inspection.stale_blocked</source>
        <extracomment>not recorded: the stale-list policy allows no admit without a supervisor ({what}); refer, or a supervisor overrides</extracomment>
        <translation>未記錄：依名單過期規定，未經督導不得准予通關（{what}）；請移送二線，或由督導解除（F12）</translation>
    </message>
    <message>
        <source>inspection.unknown_reason</source>
        <extracomment>unknown reason code {reason!r} (one of {codes})</extracomment>
        <translation>不明的理由代碼 {reason!r}（可用：{codes}）</translation>
    </message>
    <message>
        <source>keyslot.bad_credentials</source>
        <extracomment>unknown user or wrong password</extracomment>
        <translation>帳號不存在或密碼錯誤</translation>
    </message>
    <message>
        <source>keyslot.exists</source>
        <extracomment>{name} already has a key slot on this workstation</extracomment>
        <translation>{name} 在本工作站已有金鑰槽</translation>
    </message>
    <message>
        <source>keyslot.invalid_name</source>
        <extracomment>invalid user name {name!r}: use 1-64 letters, digits, '.', '_', '-' or '@'</extracomment>
        <translation>帳號 {name!r} 無效：請使用 1-64 個英文字母、數字或「.」「_」「-」「@」</translation>
    </message>
    <message>
        <source>keyslot.locked_out</source>
        <extracomment>{name} is locked out after {n} failed logins until {time} (a supervisor can unlock)</extracomment>
        <translation>{name} 連續 {n} 次登入失敗，鎖定至 {time}（督導可解除鎖定）</translation>
    </message>
    <message>
        <source>keyslot.other</source>
        <extracomment>{detail}</extracomment>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>keyslot.password_short</source>
        <extracomment>the password must have at least {n} characters</extracomment>
        <translation>密碼至少須 {n} 個字元</translation>
    </message>
    <message>
        <source>keyslot.unknown_role</source>
        <extracomment>unknown role {role!r} (one of {roles})</extracomment>
        <translation>不明的角色 {role!r}（應為 {roles} 之一）</translation>
    </message>
    <message>
        <source>list.comma</source>
        <extracomment>{items}</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>list.or</source>
        <extracomment>{items}</extracomment>
        <translation>或</translation>
    </message>
    <message>
        <source>list.semicolon</source>
        <extracomment>{items}</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <source>list.slash</source>
        <extracomment>{items}</extracomment>
        <translation>/</translation>
    </message>
    <message>
        <source>log.declared</source>
        <extracomment>declared: {reason}</extracomment>
        <translation>宣告：{reason}</translation>
    </message>
    <message>
        <source>log.declared_replica</source>
        <extracomment>declared: {reason} (replica {lists})</extracomment>
        <translation>宣告：{reason}（本機副本 {lists}）</translation>
    </message>
    <message>
        <source>log.ended</source>
        <extracomment>ended (declared {at})</extracomment>
        <translation>結束（宣告於 {at}）</translation>
    </message>
    <message>
        <source>log.event.emergency_log_exported</source>
        <extracomment>emergency log exported</extracomment>
        <translation>匯出緊急作業日誌</translation>
    </message>
    <message>
        <source>log.event.journal_exported</source>
        <extracomment>journal exported</extracomment>
        <translation>匯出日誌</translation>
    </message>
    <message>
        <source>log.event.locked_out</source>
        <extracomment>locked out</extracomment>
        <translation>帳號鎖定</translation>
    </message>
    <message>
        <source>log.event.login</source>
        <extracomment>login</extracomment>
        <translation>登入</translation>
    </message>
    <message>
        <source>log.event.login_failed</source>
        <extracomment>login failed</extracomment>
        <translation>登入失敗</translation>
    </message>
    <message>
        <source>log.event.login_refused</source>
        <extracomment>login refused</extracomment>
        <translation>登入遭拒</translation>
    </message>
    <message>
        <source>log.event.logout</source>
        <extracomment>logout</extracomment>
        <translation>登出</translation>
    </message>
    <message>
        <source>log.event.report_exported</source>
        <extracomment>report exported</extracomment>
        <translation>匯出報表</translation>
    </message>
    <message>
        <source>log.exported</source>
        <extracomment>{event}: {file}</extracomment>
        <translation>{event}：{file}</translation>
    </message>
    <message>
        <source>log.online</source>
        <extracomment>online</extracomment>
        <translation>線上</translation>
    </message>
    <message>
        <source>log.override_authorised</source>
        <extracomment>override authorised for {name}</extracomment>
        <translation>已為 {name} 授權督導解除</translation>
    </message>
    <message>
        <source>log.override_record</source>
        <extracomment>override: record {seq} {decision}</extracomment>
        <translation>督導解除：紀錄 {seq} {decision}</translation>
    </message>
    <message>
        <source>log.override_refused</source>
        <extracomment>override refused for {name}</extracomment>
        <translation>拒絕為 {name} 督導解除</translation>
    </message>
    <message>
        <source>log.override_refused_why</source>
        <extracomment>override refused for {name} ({why})</extracomment>
        <translation>拒絕為 {name} 督導解除（{why}）</translation>
    </message>
    <message>
        <source>log.policy_names</source>
        <extracomment>{scope}: {names}</extracomment>
        <translation>{scope}：{names}</translation>
    </message>
    <message>
        <source>log.policy_reset</source>
        <extracomment>{scope} reset {names} ({why})</extracomment>
        <translation>{scope} 重設 {names}（{why}）</translation>
    </message>
    <message>
        <source>log.policy_set</source>
        <extracomment>{scope}: {name} = {value} ({reason})</extracomment>
        <translation>{scope}：{name} = {value}（{reason}）</translation>
    </message>
    <message>
        <source>log.role</source>
        <extracomment>role {role}</extracomment>
        <translation>角色 {role}</translation>
    </message>
    <message>
        <source>log.scope.central</source>
        <extracomment>central</extracomment>
        <translation>中央</translation>
    </message>
    <message>
        <source>log.scope.local</source>
        <extracomment>local</extracomment>
        <translation>本機</translation>
    </message>
    <message>
        <source>log.with_purpose</source>
        <extracomment>{event} ({purpose})</extracomment>
        <translation>{event}（{purpose}）</translation>
    </message>
    <message>
        <source>login.central_bad_credentials</source>
        <extracomment>login refused by the central: unknown user or wrong password</extracomment>
        <translation>帳號不存在或密碼錯誤（由中央系統查核）</translation>
    </message>
    <message>
        <source>login.central_locked</source>
        <extracomment>login refused by the central: {name} is locked out after failed logins, try again later</extracomment>
        <translation>{name} 因多次登入失敗已遭中央系統鎖定：請稍後再試</translation>
    </message>
    <message>
        <source>login.central_refused</source>
        <extracomment>login refused by the central: {detail}</extracomment>
        <translation>中央系統拒絕登入：{detail}</translation>
    </message>
    <message>
        <source>login.offline_refused</source>
        <extracomment>{why} (offline: the central system was not reachable, and an officer's first login on a workstation must be online: check the network and try again, or ask a supervisor; an officer who has logged in here before can log in offline)</extracomment>
        <translation>{why}（離線：中央系統無法連線，而查驗員在本工作站首次登入須連線中央系統：請檢查網路後重試，或洽督導；曾在本工作站登入者可離線登入）</translation>
    </message>
    <message>
        <source>mrz.bad_characters</source>
        <extracomment>characters outside A-Z, 0-9 and &lt; ({where})</extracomment>
        <translation>含有 A-Z、0-9 與「&lt;」以外的字元（{where}）</translation>
    </message>
    <message>
        <source>mrz.bad_characters.more</source>
        <extracomment>{x} and {n} more</extracomment>
        <translation>{x}，另有 {n} 處</translation>
    </message>
    <message>
        <source>mrz.birth_no_month</source>
        <extracomment>birth date {raw!r} has no month {mm}</extracomment>
        <translation>出生日期 {raw!r} 沒有 {mm} 月</translation>
    </message>
    <message>
        <source>mrz.birth_not_date</source>
        <extracomment>birth date {raw!r} is not a date (YYMMDD, unknown parts as &lt;&lt;)</extracomment>
        <translation>出生日期 {raw!r} 不是日期（YYMMDD，不詳部分為 &lt;&lt;）</translation>
    </message>
    <message>
        <source>mrz.birth_partial</source>
        <extracomment>birth date is partly unknown ({raw})</extracomment>
        <translation>出生日期部分不詳（{raw}）</translation>
    </message>
    <message>
        <source>mrz.birth_unknown</source>
        <extracomment>birth date is unknown (all filler)</extracomment>
        <translation>出生日期不詳（全為填充字元）</translation>
    </message>
    <message>
        <source>mrz.check</source>
        <extracomment>{field} check digit is {digit}, computed {computed}</extracomment>
        <translation>{field}檢查碼為 {digit}，計算應為 {computed}</translation>
    </message>
    <message>
        <source>mrz.check_not_digit</source>
        <extracomment>{field} check digit is {digit!r}, not a digit (computed {computed})</extracomment>
        <translation>{field}檢查碼為 {digit!r}，不是數字（計算應為 {computed}）</translation>
    </message>
    <message>
        <source>mrz.code_first</source>
        <extracomment>document code {code!r} must start with {allowed} in a {fmt}</extracomment>
        <translation>{fmt} 的證件代碼 {code!r} 必須以 {allowed} 開頭</translation>
    </message>
    <message>
        <source>mrz.code_second</source>
        <extracomment>document code {code!r}: the second character must be a letter or &lt;</extracomment>
        <translation>證件代碼 {code!r}：第二個字元必須是字母或「&lt;」</translation>
    </message>
    <message>
        <source>mrz.date_invalid</source>
        <extracomment>{field} {raw} is not a valid date</extracomment>
        <translation>{field} {raw} 不是有效日期</translation>
    </message>
    <message>
        <source>mrz.date_not_digits</source>
        <extracomment>{field} {raw!r} is not a date (YYMMDD)</extracomment>
        <translation>{field} {raw!r} 不是日期（YYMMDD）</translation>
    </message>
    <message>
        <source>mrz.expired</source>
        <extracomment>the document expired on {date}</extracomment>
        <translation>證件已於 {date} 逾期</translation>
    </message>
    <message>
        <source>mrz.name_digits</source>
        <extracomment>name contains digits ({digits})</extracomment>
        <translation>姓名含有數字（{digits}）</translation>
    </message>
    <message>
        <source>mrz.name_empty</source>
        <extracomment>name is empty</extracomment>
        <translation>姓名為空白</translation>
    </message>
    <message>
        <source>mrz.name_truncated</source>
        <extracomment>name fills its whole field and may be truncated</extracomment>
        <translation>姓名填滿整個欄位，可能遭截斷</translation>
    </message>
    <message>
        <source>mrz.not_mrz</source>
        <extracomment>not an MRZ: {detail}</extracomment>
        <translation>不是 MRZ：{detail}</translation>
    </message>
    <message>
        <source>mrz.number_belgian</source>
        <extracomment>document number check digit is computed with the filler at position 15 (a Belgian practice for long numbers), not as ICAO 9303-5 says</extracomment>
        <translation>證件號碼檢查碼連同第 15 位填充字元一併計算（比利時長號碼的做法），與 ICAO 9303-5 規定不同</translation>
    </message>
    <message>
        <source>mrz.number_empty</source>
        <extracomment>document number is empty</extracomment>
        <translation>證件號碼為空白</translation>
    </message>
    <message>
        <source>mrz.number_no_continuation</source>
        <extracomment>document number check digit is '&lt;' but the optional data holds no continuation of the number and check digit</extracomment>
        <translation>證件號碼檢查碼為「&lt;」，但選用資料中沒有號碼的後續部分與檢查碼</translation>
    </message>
    <message>
        <source>mrz.position_char</source>
        <extracomment>line {ln} position {col}: {c}</extracomment>
        <translation>第 {ln} 行第 {col} 位：{c}</translation>
    </message>
    <message>
        <source>mrz.sex_invalid</source>
        <extracomment>sex {c!r} is not M, F or &lt;</extracomment>
        <translation>性別 {c!r} 不是 M、F 或「&lt;」</translation>
    </message>
    <message>
        <source>mrz.sex_x</source>
        <extracomment>sex is written X; ICAO 9303 writes an unspecified sex as &lt;</extracomment>
        <translation>性別寫作 X；ICAO 9303 以「&lt;」表示未指定性別</translation>
    </message>
    <message>
        <source>mrz.shape</source>
        <extracomment>expected 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A); {detail}</extracomment>
        <translation>應為 3 行各 30 字元（TD1），或 2 行各 36 字元（TD2、MRV-B）或 44 字元（TD3、MRV-A）；{detail}</translation>
    </message>
    <message>
        <source>mrz.shape.lines</source>
        <extracomment>got {n} lines</extracomment>
        <translation>收到 {n} 行</translation>
    </message>
    <message>
        <source>mrz.shape.lines_of</source>
        <extracomment>got {n} lines of {lengths} characters</extracomment>
        <translation>收到 {n} 行，字元數 {lengths}</translation>
    </message>
    <message>
        <source>mrz.shape.no_text</source>
        <extracomment>no text</extracomment>
        <translation>沒有文字</translation>
    </message>
    <message>
        <source>mrz.shape.one_line</source>
        <extracomment>got 1 line of {n} characters</extracomment>
        <translation>收到 1 行 {n} 字元</translation>
    </message>
    <message>
        <source>mrz.single_name_secondary</source>
        <extracomment>the primary identifier (surname) is empty and the name is given as the secondary identifier, as some issuers print a single name</extracomment>
        <translation>主要識別（姓）為空白，姓名列於次要識別；部分核發國家對單名者如此印製</translation>
    </message>
    <message>
        <source>mrz.state_not_letters</source>
        <extracomment>{field} {code!r} is not a letter code</extracomment>
        <translation>{field} {code!r} 不是字母代碼</translation>
    </message>
    <message>
        <source>mrz.state_specimen</source>
        <extracomment>{field} UTO is ICAO's specimen state (Utopia): a specimen</extracomment>
        <translation>{field} UTO 為 ICAO 的樣本國（Utopia）：此為樣本</translation>
    </message>
    <message>
        <source>mrz.state_unknown</source>
        <extracomment>{field} {code} is not an ISO 3166-1 or ICAO 9303-3 code</extracomment>
        <translation>{field} {code} 不是 ISO 3166-1 或 ICAO 9303-3 代碼</translation>
    </message>
    <message>
        <source>mrz.surname_empty</source>
        <extracomment>surname (primary identifier) is empty</extracomment>
        <translation>姓（主要識別）為空白</translation>
    </message>
    <message>
        <source>name.arabic_script</source>
        <extracomment>{a} = {b}: the consonants and long vowels Arabic script writes (it writes no short vowels)</extracomment>
        <translation>{a} = {b}：阿拉伯字母所寫的子音與長母音相同（阿拉伯字母不寫短母音）</translation>
    </message>
    <message>
        <source>name.aspiration</source>
        <extracomment>{a} ~ {b} (differ only in aspiration)</extracomment>
        <translation>{a} ~ {b}（僅送氣音不同）</translation>
    </message>
    <message>
        <source>name.bridge</source>
        <extracomment>{a} ~ {b} (possibly the same character, e.g. {ch})</extracomment>
        <translation>{a} ~ {b}（可能是同一個字，例如 {ch}）</translation>
    </message>
    <message>
        <source>name.consonants</source>
        <extracomment>{a} ≈ {b} (same consonants {c})</extracomment>
        <translation>{a} ≈ {b}（子音相同 {c}）</translation>
    </message>
    <message>
        <source>name.cut_short</source>
        <extracomment>{a} ~ {b} (the MRZ's name field is full: {a} may be {b} cut short)</extracomment>
        <translation>{a} ~ {b}（MRZ 姓名欄位已填滿：{a} 可能是被截短的 {b}）</translation>
    </message>
    <message>
        <source>name.dialect</source>
        <extracomment>{a} ({other}) ~ {b} ({dialect}), both {ch}</extracomment>
        <translation>{a}（{other}）~ {b}（{dialect}），皆為「{ch}」</translation>
    </message>
    <message>
        <source>name.different</source>
        <extracomment>{a} ≠ {b}</extracomment>
        <translation>{a} ≠ {b}</translation>
    </message>
    <message>
        <source>name.distinct_arabic_script</source>
        <extracomment>{a} and {b} are two different names written in Arabic script: they differ in a letter (a consonant, or a long vowel و or ي) that no writing of one name in the script changes: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是以阿拉伯字母書寫的兩個不同名字：兩者相差一個字母（一個子音，或長母音 و 或 ي），而同一名字在此文字中的任何寫法都不會改變這個字母：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_char_cantonese</source>
        <extracomment>{a} is a Cantonese reading of {b}, which a name spelt in Mandarin writes {forms}: {a} is another character's Mandarin spelling, different people unless the known facts agree</extracomment>
        <translation>{a} 是 {b} 的粵語讀音，以華語拼寫的姓名將此字寫作 {forms}：{a} 是另一個字的華語拼音，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_char_hk_syllable</source>
        <extracomment>{a} is no Cantonese spelling of {b} ({forms}) in a name otherwise spelt as Hong Kong spells Cantonese: {a} is another character's, different people unless the known facts agree</extracomment>
        <translation>{a} 不是 {b} 的粵語拼法（{forms}），而此姓名其餘部分皆依香港粵語拼寫：{a} 是另一個字的拼法，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_char_initial</source>
        <extracomment>{a} begins with {i}, which no romanisation of {b} ({forms}) writes: another character, different people unless the known facts agree</extracomment>
        <translation>{a} 以 {i} 開頭，{b} 的任何拼音（{forms}）都不這樣寫：是另一個字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_char_reading</source>
        <extracomment>{a} is no Mandarin spelling of {b} ({forms}), only one letter from {form}, a dialect's reading no Mandarin passport writes: another character, different people unless the known facts agree</extracomment>
        <translation>{a} 不是 {b} 的任何華語拼音（{forms}），只與方言讀音 {form} 差一個字母，華語護照不這樣寫：是另一個字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_char_surname</source>
        <extracomment>{a} is the surname {c}, not {b} (no table spells {b} {a}): two families, different people unless the known facts agree</extracomment>
        <translation>{a} 是姓氏 {c}，不是 {b}（沒有任何表把 {b} 拼作 {a}）：兩個家族，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_char_syllable</source>
        <extracomment>{a} is a syllable of its own, not a reading of {b} ({form}): another character, different people unless the known facts agree</extracomment>
        <translation>{a} 本身是另一個音節，不是 {b}（{form}）的讀音：是另一個字，除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_char_system</source>
        <extracomment>{a} spells {c} exactly in the system the rest of the name is written in, and no table spells {b} so ({forms}): another character, different people unless the known facts agree</extracomment>
        <translation>{a} 在姓名其餘部分所用的拼音系統中正是 {c} 的拼法，而沒有任何對照表把 {b} 拼成這樣（{forms}）：是另一個字，除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_father_given</source>
        <extracomment>{a} and {b} are two different given names as the father's name after {son}: two fathers, different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是 {son} 之後作為父名的兩個不同名字：兩位父親，除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_finals</source>
        <extracomment>{a} and {b} are two different syllables (-n and -ng) of a name in mainland Hanyu Pinyin (a syllable only Pinyin writes, or a CHN passport), which keeps them apart: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是中國大陸漢語拼音姓名中兩個不同的音節（-n 與 -ng；含僅漢語拼音使用的音節，或持 CHN 護照），漢語拼音區分兩者：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_finals_gwoyeu</source>
        <extracomment>{a} and {b} are two syllables (-n and -ng) in a name spelt in Gwoyeu Romatzyh, which spells each character's dictionary reading: two characters, different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是國語羅馬字拼寫的姓名中的兩個音節（-n 與 -ng），國語羅馬字依每個字的字典讀音拼寫：是兩個字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_given</source>
        <extracomment>{a} and {b} are two different given names: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_added</source>
        <extracomment>{a} and {b} are two different given names of one language that spells its names at home in Latin letters, one with a consonant ({c}) inside the word that no spelling of the other writes: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是同一語言（本國即以拉丁字母拼寫名字）的兩個不同名字，其中一個在字中多了另一個的任何拼法都不寫的子音（{c}）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_country</source>
        <extracomment>{a} and {b} are two different given names, both common in one country and two letters or more apart: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，在同一國家都屬常見名字，且相差兩個字母以上：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_cyrillic</source>
        <extracomment>{a} and {b} are two different given names of Cyrillic script, an E against an I (И is always written I): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的西里爾字母名字，一為 E、一為 I（И 一律轉寫為 I）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_english</source>
        <extracomment>{a} and {b} are two different given names, both common in English-speaking countries and no spelling of one name: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，在英語系國家都屬常見名字，並非同一名字的不同拼法：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_glide</source>
        <extracomment>{a} and {b} are two different given names, both common in one country: a Y after a consonant and before a vowel is a consonant there, which no spelling writes as {c}: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，皆為同一國家的常見名字：子音之後、母音之前的 Y 在此是子音，沒有任何拼法把它寫成 {c}：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_kind</source>
        <extracomment>{a} and {b} spell two different characters in {kind}, as the rest of the name is spelt: different people unless the known facts agree</extracomment>
        <translation>依姓名其餘部分的拼寫方式（{kind}），{a} 與 {b} 拼寫的是兩個不同的字：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_listed</source>
        <extracomment>{a} and {b} are two different given names of the name lists, two letters or more apart and with other consonants (no spelling of one name in another language): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是名字表上兩個不同的名字，相差兩個字母以上且子音不同（並非同一名字在另一語言的拼法）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_mostly</source>
        <extracomment>{a} and {b} are two different given names that the US census gives mostly to different sexes, though each is given to both: scored a little lower, unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，美國人口普查中多用於不同性別，但兩者男女皆用：分數略降，除非兩人性別相同或已知的事實相符</translation>
    </message>
    <message>
        <source>name.distinct_given_one_sex</source>
        <extracomment>{a} and {b} are two different given names, each given to one sex only where it is common (names-dataset) and mostly to that sex in the US census: different people unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，在其常見的國家都只用於單一性別（names-dataset），美國人口普查中也多用於該性別：除非兩人性別相同或已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_sexes</source>
        <extracomment>{a} and {b} are two different given names, a man's and a woman's: different people unless both are given as the same sex or the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，一為男名、一為女名：除非兩人性別相同或已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_slot</source>
        <extracomment>{a} and {b} are two different given names standing in the same place of two names otherwise alike (not a middle name dropped): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，位於兩個其餘相同的姓名中的同一位置（並非省略中間名）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_given_vowel</source>
        <extracomment>{a} and {b} are two different given names, an A against an I (no keying slip or transliteration writes one for the other): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，一為 A、一為 I（按鍵誤植或轉寫都不會把其中之一寫成另一個）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_gwoyeu</source>
        <extracomment>{a} and {b} are Gwoyeu Romatzyh tonal spellings of two different syllables ({pa} and {pb}): two characters, different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是國語羅馬字中兩個不同音節（{pa} 與 {pb}）的聲調拼法：兩個不同的字，除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_han_chars</source>
        <extracomment>{a} and {b} are two different characters that share no reading: a name in characters is its characters, different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的字，沒有共同的讀音：以漢字書寫的姓名就是那些字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_hangul_split</source>
        <extracomment>{a} reads as {split}, every piece a Korean block's spelling, and {b} is not spelt so ({blocks}): another Korean name, different people unless the known facts agree</extracomment>
        <translation>{a} 可讀作 {split}，每一段都是韓文音節的拼法，而 {b} 不這樣拼（{blocks}）：是另一個韓文姓名，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_hokkien_given</source>
        <extracomment>{a} and {b} are the Hokkien spellings of two different given-name characters ({ca} and {cb}) in a name spelt in Hokkien, and no table spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是以福建話（閩南語）拼寫的名字中兩個不同名字用字（{ca} 與 {cb}）的拼法，且沒有任何對照表把同一個字拼成這兩種寫法：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_japanese</source>
        <extracomment>{a} ({ka}) and {b} ({kb}) are two different Japanese names: different people unless the known facts agree</extracomment>
        <translation>{a}（{ka}）與 {b}（{kb}）是兩個不同的日本名字：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_korean_block_added</source>
        <extracomment>{b} is {a} with one Korean block more ({block}): a Korean given name's blocks are the name, so another name, different people unless the known facts agree</extracomment>
        <translation>{b} 比 {a} 多一個韓文音節（{block}）：韓文名字的每個音節都是名字的一部分，因此是另一個名字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_korean_given</source>
        <extracomment>{a} and {b} are two different Korean given names ({x} and {y} spell different name syllables in every romanisation): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的韓國名字（{x} 與 {y} 在每一種羅馬拼音中都是不同的名字音節）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_korean_surnames</source>
        <extracomment>{a} and {b} are passport spellings of two different Korean surnames, in a name whose given name only Korean spells; a Korean surname is spelt from its Hangul, not through a Chinese reading of a shared character or syllable: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同韓國姓氏的護照拼法，而名字部分只有韓語會這樣拼寫；韓國姓氏依韓文拼寫，不經由同一漢字或音節的漢語讀音：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_long_vowel</source>
        <extracomment>{a} and {b} are two different names of Arabic or Persian script: one writes a long vowel ({va}) where the other has {vb}, which no transliteration of one name does: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的阿拉伯或波斯文字名字：一方寫出長母音（{va}），另一方則是 {vb}，同一名字的轉寫不會如此：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_macau_given</source>
        <extracomment>{a} and {b} are the Macau spellings of two different given-name characters ({ca} and {cb}) in a name spelt as Macau spells it, and no table spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是以澳門拼法拼寫的名字中兩個不同名字用字（{ca} 與 {cb}）的澳門拼法，且沒有任何對照表把同一個字拼成這兩種寫法：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_nisba</source>
        <extracomment>{a} and {b} are two different family names: {b} is the Arabic or Persian family name {a} with the nisba's -I (of the {a}), a family of its own: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的姓氏：{b} 是阿拉伯或波斯姓氏 {a} 加上表示歸屬的字尾 -I（「{a} 家的」），自成一個家族：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_particle_sexes</source>
        <extracomment>{son} is a son (A/L, S/O, BIN) and {daughter} a daughter (A/P, D/O, BINTI): different people unless the known facts agree</extracomment>
        <translation>{son} 是兒子（A/L、S/O、BIN），{daughter} 是女兒（A/P、D/O、BINTI）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_patronymic</source>
        <extracomment>{a} {son} {b} and {b} {son} {a}: a given name and a father's name swapped, a father and his child: different people unless the known facts agree</extracomment>
        <translation>{a} {son} {b} 與 {b} {son} {a}：名字與父名互換，是父親與子女：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_chars</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are the Pinyin spellings of two different common Chinese surnames, which no romanisation or dialect table spells as one character: different people unless the known facts agree</extracomment>
        <translation>{a}（{ca}）與 {b}（{cb}）是兩個不同常見中文姓氏的拼音拼法，沒有任何拼音系統或方言對照表將同一個字拼成這兩種寫法：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_given</source>
        <extracomment>{a} and {b} are two Pinyin syllables of a mainland given name, read first by different characters ({ca} / {cb}); a mainland passport spells no dialect's reading: two characters, different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是中國大陸漢語拼音名字中的兩個音節，分別為不同字的首要讀音（{ca} / {cb}）；大陸護照不以方言讀音拼寫：是兩個不同的字，除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_pinyin_surnames</source>
        <extracomment>{a} and {b} are two different common surnames (-n and -ng) of a name in Hanyu Pinyin, which keeps them apart: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是漢語拼音姓名中兩個不同的常見姓氏（-n 與 -ng），漢語拼音區分兩者：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_sex_forms</source>
        <extracomment>{a} and {b} are a surname's man's and woman's forms, and {ga} and {gb} a man's and a woman's given names: two people (relatives), different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是同一姓氏的男性形式與女性形式，而 {ga} 與 {gb} 分別是男性與女性的名字：為兩個人（親屬），除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_surname_chars</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) stand for different common Chinese surnames in every table that spells surnames (a match above is of the sound only): different people unless the known facts agree</extracomment>
        <translation>{a}（{ca}）與 {b}（{cb}）在各拼寫姓氏的表中皆代表不同的常見中文姓氏（上述相符僅為讀音）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_surname_chars_hk</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are two different common surnames as Hong Kong spells them, the spelling of the given name {given}; only a Mandarin system spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a}（{ca}）與 {b}（{cb}）按香港的拼法（名字 {given} 的拼法）是兩個不同的常見姓氏；只有某種國語拼音系統把同一個字拼成兩者：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_surname_suffix</source>
        <extracomment>{a} and {b} are one stem with two family-name endings that make two families (no spelling or keying slip turns one into the other): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是同一詞幹加上兩種不同的姓氏詞尾，屬於兩個不同的家族（拼寫差異或按鍵失誤都不會把一者變成另一者）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_surnames</source>
        <extracomment>{a} and {b} are two different common surnames ({origin}): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的常見姓氏（{origin}）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_surnames_abroad</source>
        <extracomment>{a} and {b} are two different common surnames in Taiwan's Wade-Giles, the spelling of the given name {given}; only a reading of {dialect} (not Taiwan's) spells one character both ways: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 在臺灣的威妥瑪拼音（名字 {given} 的拼法）中是兩個不同的常見姓氏；只有{dialect}（非臺灣的讀音）把同一個字拼成兩者：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_syllable_letter</source>
        <extracomment>{a} and {b} are two syllables of a Chinese given name a letter apart that no keying slip or table joins (two characters): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是中文名字裡相差一個字母的兩個音節，既非按錯鍵，也沒有任何拼音表把它們寫成同一個字（是兩個字）：除非已知資料相符，否則為不同的人</translation>
    </message>
    <message>
        <source>name.distinct_syllables</source>
        <extracomment>{a} and {b} are two different syllables of a given name (two characters): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是名字中兩個不同的音節（兩個不同的字）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_thai</source>
        <extracomment>{a} and {b} are two different Thai {kind} (RTGS), two letters or more apart once Thai customary spellings are folded: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的泰國{kind}（皇家泰語轉寫通用系統 RTGS），折合泰國慣用拼法後仍相差兩個字母以上：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_thai_family</source>
        <extracomment>{a} and {b} are two different Thai family names of the list (RTGS {ra} and {rb}); Thai law registers a family name to one family only: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是名單上兩個不同的泰國姓氏（皇家泰語轉寫通用系統 RTGS：{ra} 與 {rb}）；泰國法律規定一個姓氏只登記給一個家族：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_thai_given</source>
        <extracomment>{a} and {b} are two different Thai given names of the list (RTGS {ra} and {rb}), two letters or more apart as written, where a keying slip makes one: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是名單上兩個不同的泰國名字（皇家泰語轉寫通用系統 RTGS：{ra} 與 {rb}），照寫法相差兩個字母以上，而按錯鍵只差一個：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_thai_script</source>
        <extracomment>{a} and {b} are two different Thai names as the Thai script writes them ({ra} and {rb} in RTGS), not one name's spellings: different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 依泰文書寫是兩個不同的泰國名字（RTGS 為 {ra} 與 {rb}），並非同一名字的不同拼法：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese</source>
        <extracomment>{a} ({ca}) and {b} ({cb}) are two different Sino-Vietnamese given names, of different characters: different people unless the known facts agree</extracomment>
        <translation>{a}（{ca}）與 {b}（{cb}）是兩個不同的漢越名字，字不同：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese_letters</source>
        <extracomment>{a} and {b} are two different Vietnamese syllables, written with different letters of the Vietnamese alphabet (passport capitals write them alike): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的越南語音節，以越南字母中不同的字母書寫（護照的大寫拉丁字母把它們寫成一樣）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_vietnamese_syllables</source>
        <extracomment>{a} and {b} are two different Vietnamese syllables of a Vietnamese name (no spelling variant or keying slip joins them): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是越南名字中兩個不同的越南音節（沒有拼寫變體或按鍵錯誤能使兩者相同）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.distinct_vowel</source>
        <extracomment>{a} and {b} are two different names, an A against an I (no keying slip or transliteration writes one for the other; a doubled letter written once): different people unless the known facts agree</extracomment>
        <translation>{a} 與 {b} 是兩個不同的名字，一為 A、一為 I（按鍵失誤或轉寫都不會把一者寫成另一者；重複的字母只計一次）：除非已知的事實相符，否則為不同人</translation>
    </message>
    <message>
        <source>name.empty</source>
        <extracomment>a name is empty after normalisation</extracomment>
        <translation>正規化後姓名為空白</translation>
    </message>
    <message>
        <source>name.equal</source>
        <extracomment>{a} = {b}</extracomment>
        <translation>{a} = {b}</translation>
    </message>
    <message>
        <source>name.han_differ</source>
        <extracomment>{a} ≠ {b} (different characters, both read {r})</extracomment>
        <translation>{a} ≠ {b}（不同字，皆讀作 {r}）</translation>
    </message>
    <message>
        <source>name.han_spelling</source>
        <extracomment>{a} ~ {b} ({form}, spelling differs)</extracomment>
        <translation>{a} ~ {b}（{form}，拼寫不同）</translation>
    </message>
    <message>
        <source>name.han_variant</source>
        <extracomment>{a} and {b} are one character's two written forms</extracomment>
        <translation>{a} 與 {b} 是同一個字的兩種寫法</translation>
    </message>
    <message>
        <source>name.hispanic_short</source>
        <extracomment>{b} may be {a} as Spanish names are shortened: the first given name and the father's surname, the second given name ({g}) and the mother's surname ({m}) left out</extracomment>
        <translation>{b} 可能是 {a} 的簡稱：西班牙語系姓名常只寫第一個名字與父姓，省略第二個名字（{g}）與母姓（{m}）</translation>
    </message>
    <message>
        <source>name.initial</source>
        <extracomment>{a} ~ {b} (initial)</extracomment>
        <translation>{a} ~ {b}（首字母）</translation>
    </message>
    <message>
        <source>name.japanese</source>
        <extracomment>{a} read in Japanese as {b}</extracomment>
        <translation>{a} 以日語讀作 {b}</translation>
    </message>
    <message>
        <source>name.japanese_name</source>
        <extracomment>{a} read as a Japanese name as {b}</extracomment>
        <translation>{a} 以日本人名讀法讀作 {b}</translation>
    </message>
    <message>
        <source>name.japanese_spelling</source>
        <extracomment>{a} ≈ {b}: Japanese passport spellings of one name (long vowel written out or dropped, or Kunrei-shiki; Hepburn {hepburn})</extracomment>
        <translation>{a} ≈ {b}：同一個日本姓名的護照拼法（長音寫出或省略，或訓令式；平文式 {hepburn}）</translation>
    </message>
    <message>
        <source>name.korean</source>
        <extracomment>{a} read in Korean as {b}</extracomment>
        <translation>{a} 以韓語讀作 {b}</translation>
    </message>
    <message>
        <source>name.lookalike</source>
        <extracomment>{a} ≈ {b} (look-alike characters {chars})</extracomment>
        <translation>{a} ≈ {b}（形近字元 {chars}）</translation>
    </message>
    <message>
        <source>name.maiden_middle</source>
        <extracomment>{b} may be {a} after marriage: her surname {s} kept as the middle name, her husband's ({h}) after it, as Philippine married names are written</extracomment>
        <translation>{b} 可能是 {a} 婚後的姓名：她的姓氏 {s} 改作中間名，其後是丈夫的姓氏（{h}），如菲律賓已婚婦女姓名的寫法</translation>
    </message>
    <message>
        <source>name.maiden_middle_first</source>
        <extracomment>{b} may be {a} after marriage, both written surname first: her surname {s} kept as the middle name, her husband's ({h}) as the surname, as Philippine married names are written</extracomment>
        <translation>{b} 可能是 {a} 婚後的姓名，兩者皆姓氏在前：她的姓氏 {s} 改作中間名，丈夫的姓氏（{h}）作為姓氏，如菲律賓已婚婦女姓名的寫法</translation>
    </message>
    <message>
        <source>name.married</source>
        <extracomment>{a} is {b} with one more Chinese surname ({s}) before it: a married woman's name (her husband's surname before her own full name, 冠夫姓), the same woman</extracomment>
        <translation>{a} 是 {b} 前加一個中文姓氏（{s}）：已婚婦女冠夫姓（丈夫的姓氏加在她本人的全名前），是同一人</translation>
    </message>
    <message>
        <source>name.missing</source>
        <extracomment>{a} missing</extracomment>
        <translation>缺少 {a}</translation>
    </message>
    <message>
        <source>name.possible_slip</source>
        <extracomment>{a} is not a common surname: a possible slip of {b}</extracomment>
        <translation>{a} 不是常見姓氏：可能是 {b} 的繕打錯誤</translation>
    </message>
    <message>
        <source>name.possible_slip_given</source>
        <extracomment>{a} is not a common given name: a possible slip of {b}</extracomment>
        <translation>{a} 不是常見名字：可能是 {b} 的繕打錯誤</translation>
    </message>
    <message>
        <source>name.read_as</source>
        <extracomment>{word} read as {split}</extracomment>
        <translation>{word} 讀作 {split}</translation>
    </message>
    <message>
        <source>name.romanisation</source>
        <extracomment>{a} = {b} ({system})</extracomment>
        <translation>{a} = {b}（{system}）</translation>
    </message>
    <message>
        <source>name.same_syllable</source>
        <extracomment>{a} ({sa}) = {b} ({sb}), both {zy}</extracomment>
        <translation>{a}（{sa}）= {b}（{sb}），皆為 {zy}</translation>
    </message>
    <message>
        <source>name.spelling</source>
        <extracomment>{a} ~ {b} (spelling differs, {s})</extracomment>
        <translation>{a} ~ {b}（拼寫不同，{s}）</translation>
    </message>
    <message>
        <source>name.taiwan_variant</source>
        <extracomment>{a} ~ {b} ({form}, {system}; -n/-ng or ts for ch as Taiwanese Mandarin spells them)</extracomment>
        <translation>{a} ~ {b}（{form}，{system}；臺灣國語常見的 -n/-ng 不分或以 ts 拼 ch）</translation>
    </message>
    <message>
        <source>name.thai_rtgs</source>
        <extracomment>{th} read as {latin} (RTGS: สม as SOM, a closing syllable after a written vowel)</extracomment>
        <translation>{th} 讀作 {latin}（RTGS：สม 讀作 SOM，書寫母音後的閉音節）</translation>
    </message>
    <message>
        <source>name.thai_spelling</source>
        <extracomment>{a} ≈ {b}: RTGS and Thai customary passport spellings of one Thai name ({rtgs})</extracomment>
        <translation>{a} ≈ {b}：同一個泰國姓名的皇家泰語通用轉寫（RTGS）與護照慣用拼法（{rtgs}）</translation>
    </message>
    <message>
        <source>name.thai_table</source>
        <extracomment>{th} read as {latin} (RTGS of the Thai names list)</extracomment>
        <translation>{th} 讀作 {latin}（泰國姓名表的皇家泰語通用轉寫 RTGS）</translation>
    </message>
    <message>
        <source>name.translit</source>
        <extracomment>{a} ≈ {b} (transliteration variants)</extracomment>
        <translation>{a} ≈ {b}（轉寫變體）</translation>
    </message>
    <message>
        <source>name.umlaut</source>
        <extracomment>{a} ≈ {b} (umlaut written as E or not, ICAO 9303-3)</extracomment>
        <translation>{a} ≈ {b}（變音符號寫作 E 與否，ICAO 9303-3）</translation>
    </message>
    <message>
        <source>name.vietnamese</source>
        <extracomment>{a} read in Sino-Vietnamese as {b}</extracomment>
        <translation>{a} 以漢越音讀作 {b}</translation>
    </message>
    <message>
        <source>ocr.bomb</source>
        <extracomment>image declares too many pixels (decompression bomb?)</extracomment>
        <translation>影像宣告的像素過多（可能為解壓縮炸彈）</translation>
    </message>
    <message>
        <source>ocr.cannot_read</source>
        <extracomment>cannot read the file: {detail}</extracomment>
        <translation>無法讀取檔案：{detail}</translation>
    </message>
    <message>
        <source>ocr.damaged</source>
        <extracomment>truncated or damaged image ({detail})</extracomment>
        <translation>影像不完整或已損壞（{detail}）</translation>
    </message>
    <message>
        <source>ocr.directory</source>
        <extracomment>is a directory, not an image</extracomment>
        <translation>這是資料夾，不是影像</translation>
    </message>
    <message>
        <source>ocr.empty</source>
        <extracomment>the file is empty</extracomment>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>ocr.file_too_big</source>
        <extracomment>file is {size} MiB; images over {limit} MiB are refused</extracomment>
        <translation>檔案為 {size} MiB；超過 {limit} MiB 的影像不予處理</translation>
    </message>
    <message>
        <source>ocr.incomplete</source>
        <extracomment>found {n} lines of about {m} characters: not a complete MRZ</extracomment>
        <translation>找到 {n} 行、每行約 {m} 字元：不是完整的 MRZ</translation>
    </message>
    <message>
        <source>ocr.no_characters</source>
        <extracomment>found text lines like an MRZ but could not find their characters</extracomment>
        <translation>找到類似 MRZ 的文字行，但無法切分出字元</translation>
    </message>
    <message>
        <source>ocr.no_mrz</source>
        <extracomment>no MRZ found in the image</extracomment>
        <translation>影像中找不到 MRZ</translation>
    </message>
    <message>
        <source>ocr.not_image</source>
        <extracomment>not an image file, or a format that cannot be read</extracomment>
        <translation>不是影像檔，或為無法讀取的格式</translation>
    </message>
    <message>
        <source>ocr.position</source>
        <extracomment>line {ln} position {col}</extracomment>
        <translation>第 {ln} 行第 {col} 位</translation>
    </message>
    <message>
        <source>ocr.refused</source>
        <extracomment>OCR refused: {why} ({where}); take another picture or type the MRZ</extracomment>
        <translation>OCR 拒絕判讀：{why}（{where}）；請重新拍攝或手動輸入 MRZ</translation>
    </message>
    <message>
        <source>ocr.too_big</source>
        <extracomment>images over {limit} MiB are refused</extracomment>
        <translation>超過 {limit} MiB 的影像不予處理</translation>
    </message>
    <message>
        <source>ocr.too_many_pixels</source>
        <extracomment>image is {size} pixels, over the {limit}-megapixel limit</extracomment>
        <translation>影像為 {size} 像素，超過 {limit} 百萬像素上限</translation>
    </message>
    <message>
        <source>ocr.too_small</source>
        <extracomment>image is too small ({size} pixels)</extracomment>
        <translation>影像太小（{size} 像素）</translation>
    </message>
    <message>
        <source>ocr.unsure_invalid</source>
        <extracomment>OCR: characters read without confidence ({where}); the MRZ fails a check digit whatever they hold: compare them with the document</extracomment>
        <translation>OCR：有字元判讀不確定（{where}）；無論其為何字元，MRZ 的檢查碼皆不符：請與證件核對</translation>
    </message>
    <message>
        <source>ocr.why.after_name</source>
        <extracomment>a character read after the end of a name (three fillers in a row), where ICAO 9303 prints only fillers: a mark over the MRZ may have made a filler look like a letter</extracomment>
        <translation>姓名結束（連續三個填充字元 &lt;）之後讀到其他字元，而 ICAO 9303 在此只印填充字元：MRZ 上的筆跡或印記可能讓填充字元看似字母</translation>
    </message>
    <message>
        <source>ocr.why.ambiguous</source>
        <extracomment>characters read without confidence, and more than one reading of them passes the check digits</extracomment>
        <translation>有字元判讀信心不足，且有多種讀法都通過檢查碼</translation>
    </message>
    <message>
        <source>ocr.why.blind_twin</source>
        <extracomment>a 6 or G (in a document number or optional data) whose glyph is part of the way to the other: no check digit can tell 6 from G</extracomment>
        <translation>證件號碼或選用資料中有一個 6 或 G 的字形介於兩者之間：檢查碼無法分辨 6 與 G</translation>
    </message>
    <message>
        <source>ocr.why.dissent</source>
        <extracomment>a character where no check digit looks that the look-alike classifier takes for another (O for Q or D): that part of the MRZ may not be printed in the standard OCR-B face</extracomment>
        <translation>沒有檢查碼可確認的位置上，有字元被外形相似字元的分類器判為另一個字元（例如把 O 看成 Q 或 D）：這部分的 MRZ 可能不是以標準的 OCR-B 字型印製</translation>
    </message>
    <message>
        <source>ocr.why.ends</source>
        <extracomment>marks just beside the MRZ make it unclear where a line begins or ends</extracomment>
        <translation>MRZ 旁的記號使行的起訖位置不明</translation>
    </message>
    <message>
        <source>ocr.why.face</source>
        <extracomment>the characters do not look like the standard OCR-B face (another typeface, or a picture too small or blurred to tell), and then look-alike characters (0/O/D/Q, 1/I/L, 8/B, ...) cannot be told apart</extracomment>
        <translation>字元看起來不是標準的 OCR-B 字型（可能是其他字型，或影像太小、太模糊而無法判斷），此時無法分辨外形相似的字元（0/O/D/Q、1/I/L、8/B 等）</translation>
    </message>
    <message>
        <source>ocr.why.illegible</source>
        <extracomment>characters that cannot be read at all</extracomment>
        <translation>有完全無法判讀的字元</translation>
    </message>
    <message>
        <source>ocr.why.line_face</source>
        <extracomment>a line where no check digit looks whose characters do not look like the standard OCR-B face, while the rest of the MRZ does</extracomment>
        <translation>沒有檢查碼可確認的一行，其字元看起來不像標準的 OCR-B 字型，而 MRZ 的其他部分卻像</translation>
    </message>
    <message>
        <source>ocr.why.no_check_digit</source>
        <extracomment>characters read without confidence where no check digit can confirm them</extracomment>
        <translation>有字元判讀信心不足，且無檢查碼可確認</translation>
    </message>
    <message>
        <source>ocr.why.no_reading</source>
        <extracomment>characters read without confidence, and no reading of them passes the check digits</extracomment>
        <translation>有字元判讀信心不足，且沒有任何讀法通過檢查碼</translation>
    </message>
    <message>
        <source>ocr.why.printed_error_twin</source>
        <extracomment>two digits under one check digit that the glyphs nearly read as two others: read so, that check passes as well and only the composite check digit fails, so the document may be printed invalid and misread as valid</extracomment>
        <translation>同一檢查碼涵蓋的兩個數字，其字形幾乎可讀成另外兩個數字：如此讀取，該檢查碼同樣通過，只有綜合檢查碼不符，因此證件可能本身印製無效，卻被誤讀為有效</translation>
    </message>
    <message>
        <source>ocr.why.runner_up</source>
        <extracomment>a character where a check digit fails that the glyph nearly reads as another: read so, the MRZ passes every check, so it may be misread rather than invalid</extracomment>
        <translation>檢查碼不符處有一字元的字形幾乎可讀成另一字元：如此讀取則 MRZ 通過所有檢查，因此可能是判讀錯誤，而非 MRZ 無效</translation>
    </message>
    <message>
        <source>ocr.why.runner_up_twin</source>
        <extracomment>two digits under one check digit that the glyphs nearly read as two others: read so, the MRZ passes every check as well, so either reading may be a misread</extracomment>
        <translation>同一檢查碼涵蓋的兩個數字，其字形幾乎可讀成另外兩個數字：如此讀取，MRZ 同樣通過所有檢查，因此任一讀法都可能是判讀錯誤</translation>
    </message>
    <message>
        <source>ocr.why.state</source>
        <extracomment>a state code that is not on ICAO's list but one look-alike letter from a code that is, where no check digit can confirm its letters</extracomment>
        <translation>國家代碼不在 ICAO 的代碼表上，但只差一個外形相似的字母就是表上的代碼，而此處沒有檢查碼可確認其字母</translation>
    </message>
    <message>
        <source>ocr.why.too_many</source>
        <extracomment>too many characters read without confidence</extracomment>
        <translation>判讀信心不足的字元過多</translation>
    </message>
    <message>
        <source>ocr.why.twin</source>
        <extracomment>look-alike characters (0/O, 1/I, 8/B, ...) where the check digits fail: read the other way they pass, so the MRZ may be misread rather than invalid</extracomment>
        <translation>外形相似的字元（0/O、1/I、8/B 等）所在處檢查碼不符：換成另一種讀法即相符，因此可能是判讀錯誤，而非 MRZ 無效</translation>
    </message>
    <message>
        <source>ocr.why.type</source>
        <extracomment>a letter read where a digit is printed, or the reverse, that looks like one the field admits</extracomment>
        <translation>欄位應為數字處讀到字母（或相反），且該字形與欄位允許的字元相似</translation>
    </message>
    <message>
        <source>ocr.why.typed</source>
        <extracomment>a character typed for the document that is not what the picture shows there (only an unclear character or one of its look-alikes can be typed): check the line and the column</extracomment>
        <translation>輸入的字元與相片中該位置所示不符（只能輸入不清楚的字元或其外形相似字元）：請核對行與欄</translation>
    </message>
    <message>
        <source>ocr.why.typed_face</source>
        <extracomment>characters whose shapes do not fit the standard OCR-B face as the rest do (perhaps another typeface), so typing a few characters cannot complete the reading: type the whole MRZ</extracomment>
        <translation>有字元的字形不像其餘字元那樣符合標準 OCR-B 字型（可能是其他字型），輸入少數字元無法完成判讀：請輸入完整的 MRZ</translation>
    </message>
    <message>
        <source>ocr.why.typed_invalid</source>
        <extracomment>with the characters typed, the MRZ fails its checks: a typed character, or one read from the picture, may be wrong</extracomment>
        <translation>以輸入的字元判讀，MRZ 未通過檢查：輸入的字元或由相片判讀的字元可能有誤</translation>
    </message>
    <message>
        <source>ocr.why.unfit</source>
        <extracomment>a character where no check digit looks that fits the OCR-B shapes much worse than the rest of the MRZ, and that the look-alike classifier does not clearly tell from its look-alikes (O/Q/D, 1/I/L, ...)</extracomment>
        <translation>沒有檢查碼可確認的位置上，有字元與 OCR-B 字形的吻合程度遠低於 MRZ 的其他字元，而外形相似字元的分類器也無法明確將它與相似字元（O/Q/D、1/I/L 等）區分</translation>
    </message>
    <message>
        <source>ocr.why.unvouched</source>
        <extracomment>look-alike characters (0/O, 1/I, 8/B, ...) where check digits look, which the document's own 0s, 1s, Os and Is do not vouch for: read the other way they pass every check as well</extracomment>
        <translation>有檢查碼的位置上有外形相似的字元（0/O、1/I、8/B 等），文件中其他的 0、1、O 和 I 都無法為其佐證：改讀成另一種字元也能通過所有檢查</translation>
    </message>
    <message>
        <source>ocr.why.zero_o</source>
        <extracomment>a 0 or O where no check digit looks (a visa's optional data) that neither the look-alike classifier nor the document's other 0s and Os clearly tell from its twin</extracomment>
        <translation>沒有檢查碼可確認的位置上（例如簽證的選用資料）有 0 或 O，外形相似字元的分類器與文件中其他的 0 和 O 都無法明確判斷它是 0 還是 O</translation>
    </message>
    <message>
        <source>ocr.why.zero_o_twin</source>
        <extracomment>a 0 or O where no check digit looks (a visa's optional data) that looks like the document's own Os where it was read 0, or like its 0s where it was read O</extracomment>
        <translation>沒有檢查碼可確認的位置上（例如簽證的選用資料）有 0 或 O，讀成 0 的字元卻與文件中其他的 O 相似，或讀成 O 的字元卻與文件中其他的 0 相似</translation>
    </message>
    <message>
        <source>officers.a.installer</source>
        <extracomment>an installer</extracomment>
        <translation>安裝人員</translation>
    </message>
    <message>
        <source>officers.a.machine</source>
        <extracomment>a machine</extracomment>
        <translation>本機</translation>
    </message>
    <message>
        <source>officers.a.officer</source>
        <extracomment>an officer</extracomment>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>officers.a.supervisor</source>
        <extracomment>a supervisor</extracomment>
        <translation>督導</translation>
    </message>
    <message>
        <source>officers.action.acknowledging alerts</source>
        <extracomment>acknowledging alerts</extracomment>
        <translation>確認警示</translation>
    </message>
    <message>
        <source>officers.action.adding an officer</source>
        <extracomment>adding an officer</extracomment>
        <translation>新增查驗員</translation>
    </message>
    <message>
        <source>officers.action.changing a policy</source>
        <extracomment>changing a policy</extracomment>
        <translation>變更規定</translation>
    </message>
    <message>
        <source>officers.action.declaring emergency mode</source>
        <extracomment>declaring emergency mode</extracomment>
        <translation>宣告緊急作業</translation>
    </message>
    <message>
        <source>officers.action.ending emergency mode</source>
        <extracomment>ending emergency mode</extracomment>
        <translation>結束緊急作業</translation>
    </message>
    <message>
        <source>officers.action.enrolling</source>
        <extracomment>enrolling</extracomment>
        <translation>工作站註冊</translation>
    </message>
    <message>
        <source>officers.action.import CSCA certificates</source>
        <extracomment>import CSCA certificates</extracomment>
        <translation>匯入 CSCA 憑證</translation>
    </message>
    <message>
        <source>officers.action.reading the emergency log</source>
        <extracomment>reading the emergency log</extracomment>
        <translation>查閱緊急作業紀錄</translation>
    </message>
    <message>
        <source>officers.action.removing an officer</source>
        <extracomment>removing an officer</extracomment>
        <translation>移除查驗員</translation>
    </message>
    <message>
        <source>officers.action.reports</source>
        <extracomment>reports</extracomment>
        <translation>報表</translation>
    </message>
    <message>
        <source>officers.action.resending a refused record</source>
        <extracomment>resending a refused record</extracomment>
        <translation>重送中央拒收的紀錄</translation>
    </message>
    <message>
        <source>officers.action.resetting a password</source>
        <extracomment>resetting a password</extracomment>
        <translation>重設密碼</translation>
    </message>
    <message>
        <source>officers.action.resetting a policy</source>
        <extracomment>resetting a policy</extracomment>
        <translation>重設規定</translation>
    </message>
    <message>
        <source>officers.action.unlocking an officer</source>
        <extracomment>unlocking an officer</extracomment>
        <translation>解除查驗員鎖定</translation>
    </message>
    <message>
        <source>officers.bad_role</source>
        <extracomment>--role must be officer or supervisor, not {role!r}</extracomment>
        <translation>--role 須為 officer 或 supervisor，不可為 {role!r}</translation>
    </message>
    <message>
        <source>officers.cannot_add</source>
        <extracomment>a {role} cannot add a {other}</extracomment>
        <translation>{role}不得新增{other}</translation>
    </message>
    <message>
        <source>officers.cannot_remove</source>
        <extracomment>a {role} cannot remove a {other}</extracomment>
        <translation>{role}不得移除{other}</translation>
    </message>
    <message>
        <source>officers.cannot_reset</source>
        <extracomment>a {role} cannot reset the password of a {other}</extracomment>
        <translation>{role}不得重設{other}的密碼</translation>
    </message>
    <message>
        <source>officers.cannot_unlock</source>
        <extracomment>a {role} cannot unlock {other}</extracomment>
        <translation>{role}不得解除{other}的鎖定</translation>
    </message>
    <message>
        <source>officers.needs_role</source>
        <extracomment>{action} needs {needed}; {who} may not (give --user NAME --password-stdin)</extracomment>
        <translation>{action}須由{needed}執行；{who}無此權限</translation>
    </message>
    <message>
        <source>officers.no_override</source>
        <extracomment>{name} is not an active supervisor: no override</extracomment>
        <translation>{name} 不是在職督導：無法解除命中</translation>
    </message>
    <message>
        <source>officers.no_slot</source>
        <extracomment>{name} has no key slot on this workstation</extracomment>
        <translation>{name} 在本工作站沒有金鑰槽</translation>
    </message>
    <message>
        <source>officers.not_active</source>
        <extracomment>{name} is not an active {role} of this workstation</extracomment>
        <translation>{name} 已非本工作站在職的{role}</translation>
    </message>
    <message>
        <source>officers.not_officer</source>
        <extracomment>{name} is not an officer of this workstation</extracomment>
        <translation>{name} 不是本工作站的查驗員</translation>
    </message>
    <message>
        <source>officers.other_store</source>
        <extracomment>{name} does not belong to this workstation's store</extracomment>
        <translation>{name} 不屬於本工作站的資料庫</translation>
    </message>
    <message>
        <source>officers.password_needed</source>
        <extracomment>a password is needed with --user</extracomment>
        <translation>使用 --user 時須提供密碼</translation>
    </message>
    <message>
        <source>officers.revoked</source>
        <extracomment>{name} was removed from this workstation or deactivated by the central system: a supervisor must add them again here (or the central reinstate them and this workstation sync) before they can log in</extracomment>
        <translation>{name} 已自本工作站移除或遭中央系統停用：須由督導在此重新新增（或由中央系統恢復並完成同步）後才能登入</translation>
    </message>
    <message>
        <source>officers.user_needed</source>
        <extracomment>give --user NAME to change a password</extracomment>
        <translation>變更密碼須以 --user 指定帳號</translation>
    </message>
    <message>
        <source>officers.who</source>
        <extracomment>{user} ({role})</extracomment>
        <translation>{user}（{role}）</translation>
    </message>
    <message>
        <source>officers.who.machine</source>
        <extracomment>the machine slot</extracomment>
        <translation>本機金鑰槽</translation>
    </message>
    <message>
        <source>override.central_bad_credentials</source>
        <extracomment>unknown supervisor or wrong password (checked by the central system)</extracomment>
        <translation>督導帳號不存在或密碼錯誤（由中央系統查核）</translation>
    </message>
    <message>
        <source>override.central_locked</source>
        <extracomment>{name} is locked out by the central system after failed logins: try again later, or ask another supervisor</extracomment>
        <translation>{name} 因多次登入失敗已遭中央系統鎖定：請稍後再試，或請其他督導處理</translation>
    </message>
    <message>
        <source>override.central_refused</source>
        <extracomment>the central system refused the supervisor: {detail}</extracomment>
        <translation>中央系統拒絕此督導：{detail}</translation>
    </message>
    <message>
        <source>override.never_here_offline</source>
        <extracomment>{name} has never signed in on this workstation and the central system cannot be reached, so their password cannot be checked: an override needs a supervisor who has signed in here before</extracomment>
        <translation>{name} 從未在本工作站登入，且目前無法連線中央系統，無法查核其密碼：解除命中須由曾在本工作站登入的督導為之</translation>
    </message>
    <message>
        <source>pa.crl.none_held</source>
        <extracomment>not checked: no CRL of {csca} (none held)</extracomment>
        <translation>未檢查：沒有 {csca} 的 CRL（未持有）</translation>
    </message>
    <message>
        <source>pa.crl.none_signed</source>
        <extracomment>not checked: no CRL of {csca} (none signed by that CSCA)</extracomment>
        <translation>未檢查：沒有 {csca} 的 CRL（無該 CSCA 簽發者）</translation>
    </message>
    <message>
        <source>pa.csca.expired</source>
        <extracomment>the CSCA certificate is expired (valid {start} to {end})</extracomment>
        <translation>CSCA 憑證已過期（有效期間 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>pa.csca.not yet valid</source>
        <extracomment>the CSCA certificate is not yet valid (valid {start} to {end})</extracomment>
        <translation>CSCA 憑證尚未生效（有效期間 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>pa.dg_altered</source>
        <extracomment>DG{n} does not match its hash in the SOD (altered)</extracomment>
        <translation>DG{n} 與 SOD 中的雜湊值不符（遭竄改）</translation>
    </message>
    <message>
        <source>pa.dg_not_listed</source>
        <extracomment>DG{n} is not listed in the SOD</extracomment>
        <translation>DG{n} 未列於 SOD</translation>
    </message>
    <message>
        <source>pa.dsc.expired</source>
        <extracomment>the Document Signer certificate is expired (valid {start} to {end})</extracomment>
        <translation>文件簽署者憑證已過期（有效期間 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>pa.dsc.not yet valid</source>
        <extracomment>the Document Signer certificate is not yet valid (valid {start} to {end})</extracomment>
        <translation>文件簽署者憑證尚未生效（有效期間 {start} 至 {end}）</translation>
    </message>
    <message>
        <source>pa.dsc_unchecked</source>
        <extracomment>the Document Signer certificate cannot be checked: {detail}</extracomment>
        <translation>無法驗證文件簽署者憑證：{detail}</translation>
    </message>
    <message>
        <source>pa.no_csca</source>
        <extracomment>no CSCA certificate of {country} in the store</extracomment>
        <translation>資料庫中沒有 {country} 的 CSCA 憑證</translation>
    </message>
    <message>
        <source>pa.no_csca_key</source>
        <extracomment>no CSCA certificate of {country} with the key that signed the Document Signer certificate (key id {keyid})</extracomment>
        <translation>資料庫中沒有簽發此文件簽署者憑證之金鑰的 {country} CSCA 憑證（金鑰識別碼 {keyid}）</translation>
    </message>
    <message>
        <source>pa.no_dsc</source>
        <extracomment>the SOD carries no Document Signer certificate</extracomment>
        <translation>SOD 未附文件簽署者（DS）憑證</translation>
    </message>
    <message>
        <source>pa.no_store</source>
        <extracomment>no CSCA certificates available (give --csca, or sync the replica's CSCA list)</extracomment>
        <translation>沒有可用的 CSCA 憑證（請以 --csca 指定，或同步副本的 CSCA 清單）</translation>
    </message>
    <message>
        <source>pa.not_signed_by_csca</source>
        <extracomment>the Document Signer certificate is not signed by a CSCA of {country}</extracomment>
        <translation>文件簽署者憑證並非由 {country} 的 CSCA 簽發</translation>
    </message>
    <message>
        <source>pa.revocation.none_held</source>
        <extracomment>revocation not checked: no CRL of {csca} (none held)</extracomment>
        <translation>未檢查撤銷狀態：沒有 {csca} 的 CRL（未持有）</translation>
    </message>
    <message>
        <source>pa.revocation.none_signed</source>
        <extracomment>revocation not checked: no CRL of {csca} (none signed by that CSCA)</extracomment>
        <translation>未檢查撤銷狀態：沒有 {csca} 的 CRL（持有的 CRL 皆非該 CSCA 簽署）</translation>
    </message>
    <message>
        <source>pa.revoked</source>
        <extracomment>the Document Signer certificate is revoked (CSCA CRL)</extracomment>
        <translation>文件簽署者憑證已被撤銷（CSCA CRL）</translation>
    </message>
    <message>
        <source>pa.signature_invalid</source>
        <extracomment>the SOD signature is invalid</extracomment>
        <translation>SOD 簽章無效</translation>
    </message>
    <message>
        <source>pa.signature_invalid_detail</source>
        <extracomment>the SOD signature is invalid: {detail}</extracomment>
        <translation>SOD 簽章無效：{detail}</translation>
    </message>
    <message>
        <source>pa.signature_malformed</source>
        <extracomment>the SOD signature is malformed: {detail}</extracomment>
        <translation>SOD 簽章格式錯誤：{detail}</translation>
    </message>
    <message>
        <source>pa.signature_unchecked</source>
        <extracomment>the SOD signature cannot be checked: {detail}</extracomment>
        <translation>無法驗證 SOD 簽章：{detail}</translation>
    </message>
    <message>
        <source>pa.signer_named_differently</source>
        <extracomment>the SOD names its signer differently from its only certificate</extracomment>
        <translation>SOD 所列簽署者名稱與其唯一憑證的寫法不同</translation>
    </message>
    <message>
        <source>pa.the_issuing_state</source>
        <extracomment>the issuing state</extracomment>
        <translation>發證國</translation>
    </message>
    <message>
        <source>person.birth_date_match</source>
        <extracomment>birth date matches ({date})</extracomment>
        <translation>出生日期相符（{date}）</translation>
    </message>
    <message>
        <source>person.birth_differs</source>
        <extracomment>birth date differs ({a} vs {b})</extracomment>
        <translation>出生日期不同（{a} 與 {b}）</translation>
    </message>
    <message>
        <source>person.birth_swapped</source>
        <extracomment>birth day and month swapped ({a} vs {b})</extracomment>
        <translation>出生日與月對調（{a} 與 {b}）</translation>
    </message>
    <message>
        <source>person.birth_year</source>
        <extracomment>birth year differs ({a} vs {b})</extracomment>
        <translation>出生年不同（{a} 與 {b}）</translation>
    </message>
    <message>
        <source>person.birth_year_match</source>
        <extracomment>birth year matches ({date})</extracomment>
        <translation>出生年相符（{date}）</translation>
    </message>
    <message>
        <source>person.birth_year_one</source>
        <extracomment>birth year {a} vs {b} (one year apart)</extracomment>
        <translation>出生年 {a} 與 {b}（相差一年）</translation>
    </message>
    <message>
        <source>person.name</source>
        <extracomment>name {score}: {explanation}</extracomment>
        <translation>姓名 {score}：{explanation}</translation>
    </message>
    <message>
        <source>person.nationality_differs</source>
        <extracomment>nationality differs ({a} vs {b}) (-0.20)</extracomment>
        <translation>國籍不同（{a} 與 {b}）（-0.20）</translation>
    </message>
    <message>
        <source>person.nationality_match</source>
        <extracomment>nationality matches ({nat})</extracomment>
        <translation>國籍相符（{nat}）</translation>
    </message>
    <message>
        <source>person.no_names</source>
        <extracomment>no names</extracomment>
        <translation>無姓名</translation>
    </message>
    <message>
        <source>person.penalty</source>
        <extracomment>{reason} ({penalty})</extracomment>
        <translation>{reason}（{penalty}）</translation>
    </message>
    <message>
        <source>person.review</source>
        <extracomment>but the full birth date and the nationality agree: name scored {s} as spelled, for a person to review</extracomment>
        <translation>但完整出生日期與國籍皆相同：姓名依原拼寫得分 {s}，請人工覆核</translation>
    </message>
    <message>
        <source>person.review_month</source>
        <extracomment>but the birth month as listed and the nationality agree: name scored {s} as spelled, for a person to review</extracomment>
        <translation>但名單所載出生年月與國籍皆相同：姓名依原拼寫得分 {s}，請人工覆核</translation>
    </message>
    <message>
        <source>person.review_near</source>
        <extracomment>but the birth date is near the listed one (day and month swapped, or a year apart) and no nationality contradicts it: name scored {s} as spelled, for a person to review</extracomment>
        <translation>但出生日期與名單所載相近（日與月對調，或相差一年），且國籍無矛盾：姓名依原拼寫得分 {s}，請人工覆核</translation>
    </message>
    <message>
        <source>person.review_partial</source>
        <extracomment>but what is known of the birth date and nationality agrees and nothing contradicts it: name scored {s} as spelled, for a person to review</extracomment>
        <translation>但已知的出生日期與國籍皆相符且無矛盾：姓名依原拼寫得分 {s}，請人工覆核</translation>
    </message>
    <message>
        <source>person.same_sex</source>
        <extracomment>but both are given as {sex}: name scored {s} as spelled</extracomment>
        <translation>但雙方性別皆為 {sex}：姓名依原拼寫得分 {s}</translation>
    </message>
    <message>
        <source>person.sex_differs</source>
        <extracomment>sex differs ({a} vs {b}) (-0.20)</extracomment>
        <translation>性別不同（{a} 與 {b}）（-0.20）</translation>
    </message>
    <message>
        <source>sod.lds_version</source>
        <extracomment>EF.SOD: LDS version {version!r} is not of the form 'aabb'</extracomment>
        <translation>EF.SOD：LDS 版本 {version!r} 不符合 aabb 格式</translation>
    </message>
    <message>
        <source>sod.lso_v0</source>
        <extracomment>EF.SOD: LDSSecurityObject v{version} without LDS info, v0 expected</extracomment>
        <translation>EF.SOD：不含 LDS 資訊的 LDSSecurityObject 版本為 v{version}，應為 v0</translation>
    </message>
    <message>
        <source>sod.lso_v1</source>
        <extracomment>EF.SOD: LDSSecurityObject v{version} with LDS info, v1 expected</extracomment>
        <translation>EF.SOD：含 LDS 資訊的 LDSSecurityObject 版本為 v{version}，應為 v1</translation>
    </message>
    <message>
        <source>sod.signed_data_version</source>
        <extracomment>EF.SOD: SignedData version {version}, v3 expected</extracomment>
        <translation>EF.SOD：SignedData 版本為 {version}，應為 v3</translation>
    </message>
    <message>
        <source>stale.block_admit</source>
        <extracomment>{what}; no admit without a supervisor</extracomment>
        <translation>{what}；未經督導不得准予通關</translation>
    </message>
    <message>
        <source>stale.category.all</source>
        <extracomment>all</extracomment>
        <translation>全部旅客</translation>
    </message>
    <message>
        <source>stale.category.any_hit</source>
        <extracomment>any_hit</extracomment>
        <translation>有命中之旅客</translation>
    </message>
    <message>
        <source>stale.category.foreign</source>
        <extracomment>foreign</extracomment>
        <translation>外籍旅客</translation>
    </message>
    <message>
        <source>stale.category.fuzzy_hit</source>
        <extracomment>fuzzy_hit</extracomment>
        <translation>模糊命中之旅客</translation>
    </message>
    <message>
        <source>stale.central_reachable</source>
        <extracomment>the central is reachable: its signed policy applies (a local change is for outages: declare emergency mode first)</extracomment>
        <translation>中央系統可連線：適用其簽署之規定（本機變更僅限斷線期間：請先宣告緊急模式）</translation>
    </message>
    <message>
        <source>stale.days</source>
        <extracomment>{n} days</extracomment>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>stale.expired</source>
        <extracomment>{dataset}: the central's confirmation has expired</extracomment>
        <translation>{dataset}：中央系統的確認已逾期</translation>
    </message>
    <message>
        <source>stale.hours</source>
        <extracomment>{n} h</extracomment>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>stale.minutes</source>
        <extracomment>{n} min</extracomment>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>stale.missing</source>
        <extracomment>{dataset}: no list on this workstation</extracomment>
        <translation>{dataset}：本工作站無此名單</translation>
    </message>
    <message>
        <source>stale.never_confirmed</source>
        <extracomment>{dataset}: never confirmed by the central</extracomment>
        <translation>{dataset}：從未經中央系統確認</translation>
    </message>
    <message>
        <source>stale.no_local_change</source>
        <extracomment>no local change of {name!r} to reset</extracomment>
        <translation>{name!r} 沒有可重設的本機變更</translation>
    </message>
    <message>
        <source>stale.reason_needed</source>
        <extracomment>--reason must say why the policy changes (it goes into the audit log)</extracomment>
        <translation>須說明變更規定的理由（將記入稽核紀錄）</translation>
    </message>
    <message>
        <source>stale.refer</source>
        <extracomment>{what}; refer to a second-line check ({categories})</extracomment>
        <translation>{what}；應移送二線（{categories}）</translation>
    </message>
    <message>
        <source>stale.refer_others</source>
        <extracomment>{what}; refer {categories} (not this traveller)</extracomment>
        <translation>{what}；{categories}應移送二線（此旅客不在其內）</translation>
    </message>
    <message>
        <source>stale.too_old</source>
        <extracomment>{dataset} is {age} old (limit {limit})</extracomment>
        <translation>{dataset}已 {age}未更新（上限 {limit}）</translation>
    </message>
    <message>
        <source>stale.unverified</source>
        <extracomment>{dataset}: the last update failed verification ({detail})</extracomment>
        <translation>{dataset}：最近一次更新未通過驗證（{detail}）</translation>
    </message>
    <message>
        <source>term.action.arrest</source>
        <extracomment>arrest</extracomment>
        <translation>逮捕</translation>
    </message>
    <message>
        <source>term.action.deny_entry</source>
        <extracomment>deny_entry</extracomment>
        <translation>不准入境</translation>
    </message>
    <message>
        <source>term.action.deny_exit</source>
        <extracomment>deny_exit</extracomment>
        <translation>限制出境</translation>
    </message>
    <message>
        <source>term.action.refer</source>
        <extracomment>refer</extracomment>
        <translation>移送二線</translation>
    </message>
    <message>
        <source>term.dataset.documents</source>
        <extracomment>documents</extracomment>
        <translation>列管證件</translation>
    </message>
    <message>
        <source>term.dataset.entry_permits</source>
        <extracomment>entry_permits</extracomment>
        <translation>入境許可</translation>
    </message>
    <message>
        <source>term.dataset.exit_bans</source>
        <extracomment>exit_bans</extracomment>
        <translation>限制出境名單</translation>
    </message>
    <message>
        <source>term.dataset.manifests</source>
        <extracomment>manifests</extracomment>
        <translation>旅客艙單</translation>
    </message>
    <message>
        <source>term.dataset.persons</source>
        <extracomment>persons</extracomment>
        <translation>列管人員</translation>
    </message>
    <message>
        <source>term.decision.admit</source>
        <extracomment>admit</extracomment>
        <translation>准予通關</translation>
    </message>
    <message>
        <source>term.decision.refer</source>
        <extracomment>refer</extracomment>
        <translation>移送二線</translation>
    </message>
    <message>
        <source>term.decision.refuse</source>
        <extracomment>refuse</extracomment>
        <translation>不准通關</translation>
    </message>
    <message>
        <source>term.direction.entry</source>
        <extracomment>entry</extracomment>
        <translation>入境</translation>
    </message>
    <message>
        <source>term.direction.exit</source>
        <extracomment>exit</extracomment>
        <translation>出境</translation>
    </message>
    <message>
        <source>term.document_reason.lost</source>
        <extracomment>lost</extracomment>
        <translation>遺失</translation>
    </message>
    <message>
        <source>term.document_reason.revoked</source>
        <extracomment>revoked</extracomment>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>term.document_reason.stolen</source>
        <extracomment>stolen</extracomment>
        <translation>被竊</translation>
    </message>
    <message>
        <source>term.field.birth date</source>
        <extracomment>birth date</extracomment>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>term.field.composite</source>
        <extracomment>composite</extracomment>
        <translation>綜合</translation>
    </message>
    <message>
        <source>term.field.document number</source>
        <extracomment>document number</extracomment>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>term.field.expiry date</source>
        <extracomment>expiry date</extracomment>
        <translation>效期截止日</translation>
    </message>
    <message>
        <source>term.field.issuing state</source>
        <extracomment>issuing state</extracomment>
        <translation>發證國</translation>
    </message>
    <message>
        <source>term.field.nationality</source>
        <extracomment>nationality</extracomment>
        <translation>國籍</translation>
    </message>
    <message>
        <source>term.field.optional data</source>
        <extracomment>optional data</extracomment>
        <translation>選用資料</translation>
    </message>
    <message>
        <source>term.reason.CHIP_FAILED</source>
        <extracomment>CHIP_FAILED</extracomment>
        <translation>晶片驗證失敗</translation>
    </message>
    <message>
        <source>term.reason.DOCUMENT_INVALID</source>
        <extracomment>DOCUMENT_INVALID</extracomment>
        <translation>證件無效</translation>
    </message>
    <message>
        <source>term.reason.EXIT_BAN</source>
        <extracomment>EXIT_BAN</extracomment>
        <translation>限制出境</translation>
    </message>
    <message>
        <source>term.reason.NO_VALID_PERMIT</source>
        <extracomment>NO_VALID_PERMIT</extracomment>
        <translation>無有效入境許可</translation>
    </message>
    <message>
        <source>term.reason.OFFICER_DISCRETION</source>
        <extracomment>OFFICER_DISCRETION</extracomment>
        <translation>查驗員裁量</translation>
    </message>
    <message>
        <source>term.reason.WATCHLIST_HIT</source>
        <extracomment>WATCHLIST_HIT</extracomment>
        <translation>名單命中</translation>
    </message>
    <message>
        <source>term.role.installer</source>
        <extracomment>installer</extracomment>
        <translation>安裝人員</translation>
    </message>
    <message>
        <source>term.role.officer</source>
        <extracomment>officer</extracomment>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>term.role.supervisor</source>
        <extracomment>supervisor</extracomment>
        <translation>督導</translation>
    </message>
    <message>
        <source>term.romanisation.Cantonese</source>
        <extracomment>Cantonese</extracomment>
        <translation>粵語</translation>
    </message>
    <message>
        <source>term.romanisation.Cantonese (HK)</source>
        <extracomment>Cantonese (HK)</extracomment>
        <translation>粵語拼音（香港）</translation>
    </message>
    <message>
        <source>term.romanisation.Fuzhou</source>
        <extracomment>Fuzhou</extracomment>
        <translation>福州話</translation>
    </message>
    <message>
        <source>term.romanisation.Gwoyeu Romatzyh</source>
        <extracomment>Gwoyeu Romatzyh</extracomment>
        <translation>國語羅馬字</translation>
    </message>
    <message>
        <source>term.romanisation.Hainanese</source>
        <extracomment>Hainanese</extracomment>
        <translation>海南話</translation>
    </message>
    <message>
        <source>term.romanisation.Hakka</source>
        <extracomment>Hakka</extracomment>
        <translation>客家話</translation>
    </message>
    <message>
        <source>term.romanisation.Hanyu Pinyin</source>
        <extracomment>Hanyu Pinyin</extracomment>
        <translation>漢語拼音</translation>
    </message>
    <message>
        <source>term.romanisation.Hokkien</source>
        <extracomment>Hokkien</extracomment>
        <translation>閩南語</translation>
    </message>
    <message>
        <source>term.romanisation.Korean passport spelling</source>
        <extracomment>Korean passport spelling</extracomment>
        <translation>韓國護照慣用拼法</translation>
    </message>
    <message>
        <source>term.romanisation.MPS II</source>
        <extracomment>MPS II</extracomment>
        <translation>注音二式</translation>
    </message>
    <message>
        <source>term.romanisation.Macau</source>
        <extracomment>Macau</extracomment>
        <translation>澳門拼法</translation>
    </message>
    <message>
        <source>term.romanisation.Mandarin</source>
        <extracomment>Mandarin</extracomment>
        <translation>華語</translation>
    </message>
    <message>
        <source>term.romanisation.McCune-Reischauer</source>
        <extracomment>McCune-Reischauer</extracomment>
        <translation>馬科恩-賴肖爾式韓語羅馬字</translation>
    </message>
    <message>
        <source>term.romanisation.Revised Romanization</source>
        <extracomment>Revised Romanization</extracomment>
        <translation>韓語羅馬字表記法（2000）</translation>
    </message>
    <message>
        <source>term.romanisation.Taiwan customary</source>
        <extracomment>Taiwan customary</extracomment>
        <translation>臺灣慣用拼法</translation>
    </message>
    <message>
        <source>term.romanisation.Teochew</source>
        <extracomment>Teochew</extracomment>
        <translation>潮州話</translation>
    </message>
    <message>
        <source>term.romanisation.Tongyong Pinyin</source>
        <extracomment>Tongyong Pinyin</extracomment>
        <translation>通用拼音</translation>
    </message>
    <message>
        <source>term.romanisation.Wade-Giles</source>
        <extracomment>Wade-Giles</extracomment>
        <translation>威妥瑪拼音</translation>
    </message>
    <message>
        <source>term.severity.critical</source>
        <extracomment>critical</extracomment>
        <translation>極高</translation>
    </message>
    <message>
        <source>term.severity.high</source>
        <extracomment>high</extracomment>
        <translation>高</translation>
    </message>
    <message>
        <source>term.severity.low</source>
        <extracomment>low</extracomment>
        <translation>低</translation>
    </message>
    <message>
        <source>term.severity.medium</source>
        <extracomment>medium</extracomment>
        <translation>中</translation>
    </message>
    <message>
        <source>traveller.bad_number</source>
        <extracomment>{option} {value!r}: up to 20 letters and digits</extracomment>
        <translation>{option} {value!r}：證件號碼最多 20 個英文字母及數字</translation>
    </message>
    <message>
        <source>traveller.bad_sex</source>
        <extracomment>{option} {value!r} is not M, F or X</extracomment>
        <translation>{option} {value!r} 不是 M、F 或 X</translation>
    </message>
    <message>
        <source>traveller.bad_state</source>
        <extracomment>{option} {value!r} is not an ICAO three-letter state code</extracomment>
        <translation>{option} {value!r} 不是 ICAO 三字母國家代碼</translation>
    </message>
    <message>
        <source>traveller.birth_future</source>
        <extracomment>{option} {value} is in the future</extracomment>
        <translation>{option} {value} 是未來的日期</translation>
    </message>
    <message>
        <source>traveller.birth_needed</source>
        <extracomment>--birth-date is needed with --surname</extracomment>
        <translation>輸入姓氏時須一併輸入出生日期</translation>
    </message>
    <message>
        <source>traveller.birth_too_old</source>
        <extracomment>{option} {value} is more than {years} years ago</extracomment>
        <translation>{option} {value} 早於 {years} 年前</translation>
    </message>
    <message>
        <source>traveller.empty</source>
        <extracomment>{option} is empty</extracomment>
        <translation>{option} 未填寫</translation>
    </message>
    <message>
        <source>traveller.expiry_before_birth</source>
        <extracomment>{option} {value} is before the birth date</extracomment>
        <translation>{option} {value} 早於出生日期</translation>
    </message>
    <message>
        <source>traveller.expiry_not_date</source>
        <extracomment>{option} {value!r} is not a date (YYYY-MM-DD)</extracomment>
        <translation>{option} {value!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>traveller.expiry_too_far</source>
        <extracomment>{option} {value} is more than {years} years ahead</extracomment>
        <translation>{option} {value} 晚於 {years} 年後</translation>
    </message>
    <message>
        <source>traveller.mrz_lines</source>
        <extracomment>--mrz takes the 2 or 3 lines of the machine readable zone</extracomment>
        <translation>MRZ 須為機讀區的 2 或 3 行</translation>
    </message>
    <message>
        <source>traveller.not_a_name</source>
        <extracomment>{option} {value!r} is not a name (letters, no control characters)</extracomment>
        <translation>{option} {value!r} 不是姓名（須含字母，不得有控制字元）</translation>
    </message>
    <message>
        <source>traveller.not_a_real_date</source>
        <extracomment>{option} {value!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)</extracomment>
        <translation>{option} {value!r} 不是有效日期（YYYY-MM-DD、YYYY-MM 或 YYYY）</translation>
    </message>
    <message>
        <source>traveller.too_long</source>
        <extracomment>{option} is longer than {n} characters</extracomment>
        <translation>{option} 超過 {n} 個字元</translation>
    </message>
    <message>
        <source>traveller.unreadable</source>
        <extracomment>the MRZ could not be read: {errors}</extracomment>
        <translation>無法讀取 MRZ：{errors}</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <source>warn</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>refer categories</source>
        <translation>指定類別移送二線</translation>
    </message>
    <message>
        <source>no admit without a supervisor</source>
        <translation>須經督導方可准予通關</translation>
    </message>
    <message>
        <source>Stale-list policy (local changes only during an outage)</source>
        <translation>名單過期規定（僅於中斷期間可在本機變更）</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>規定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>設定值</translation>
    </message>
    <message>
        <source>From</source>
        <translation>來源</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小時</translation>
    </message>
    <message>
        <source>foreign</source>
        <translation>外國籍</translation>
    </message>
    <message>
        <source>partial hit</source>
        <translation>部分符合</translation>
    </message>
    <message>
        <source>any hit</source>
        <translation>任何符合</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有旅客</translation>
    </message>
    <message>
        <source>reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Change on this workstation</source>
        <translation>於本工作站變更</translation>
    </message>
    <message>
        <source>Back to the central&apos;s policy</source>
        <translation>恢復中央系統規定</translation>
    </message>
    <message>
        <source>The central&apos;s last policy update FAILED VERIFICATION (%1); the policy before it stays in force.</source>
        <translation>中央系統最近一次規定更新驗證失敗（%1）；仍沿用先前的規定。</translation>
    </message>
    <message>
        <source>local: %1, %2 (%3)</source>
        <translation>本機：%1，%2（%3）</translation>
    </message>
    <message>
        <source>central (signed)</source>
        <translation>中央系統（已簽章）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Nothing was changed on this workstation.</source>
        <translation>本工作站沒有變更。</translation>
    </message>
    <message>
        <source>Policy changed on this workstation (audited).</source>
        <translation>已於本工作站變更規定（已記錄稽核）。</translation>
    </message>
</context>
<context>
    <name>PolicyNotice</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>every traveller</source>
        <translation>所有旅客</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>外國籍</translation>
    </message>
    <message>
        <source>partial hit</source>
        <translation>部分符合</translation>
    </message>
    <message>
        <source>any hit</source>
        <translation>任何符合</translation>
    </message>
    <message>
        <source>%1 list is %2 old (limit %3)</source>
        <translation>%1 名單已 %2 未更新（上限 %3）</translation>
    </message>
    <message>
        <source>%1 list: its last update FAILED VERIFICATION</source>
        <translation>%1 名單：最近一次更新驗證失敗</translation>
    </message>
    <message>
        <source>%1 list: not on this workstation</source>
        <translation>%1 名單：本工作站沒有此名單</translation>
    </message>
    <message>
        <source>%1 list: the central&apos;s confirmation has expired</source>
        <translation>%1 名單：中央系統的確認已過期</translation>
    </message>
    <message>
        <source>%1 list: never confirmed by the central</source>
        <translation>%1 名單：從未經中央系統確認</translation>
    </message>
    <message>
        <source>no admit without a supervisor</source>
        <translation>須經督導方可准予通關</translation>
    </message>
    <message>
        <source>refer to a second-line check (%1)</source>
        <translation>移送二線（%1）</translation>
    </message>
    <message>
        <source>refer only: %1</source>
        <translation>僅移送二線：%1</translation>
    </message>
    <message>
        <source>STALE-LIST POLICY: refer this traveller; admit needs a supervisor.</source>
        <translation>名單過期規定：本旅客應移送二線；准予通關須經督導。</translation>
    </message>
    <message>
        <source>Stale-list policy: the officer is warned.</source>
        <translation>名單過期規定：請查驗員注意。</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Search: name, document number or officer</source>
        <translation>搜尋：姓名、證件號碼或查驗員</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>入出境</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>督導解除</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>作業模式</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>PARKED</source>
        <translation>暫停傳送</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>緊急作業</translation>
    </message>
    <message>
        <source>online</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>連線不穩</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Emergency mode declared by %1: %2</source>
        <translation>%1 宣告緊急作業模式：%2</translation>
    </message>
    <message>
        <source>Emergency mode ended by %1</source>
        <translation>%1 結束緊急作業模式</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Emergency report</source>
        <translation>緊急作業報表</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>班別報表</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>產生時間</translation>
    </message>
    <message>
        <source>by</source>
        <translation>產生人</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <source>Records by hour (%1)</source>
        <translation>每小時紀錄（%1）</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>依入出境</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>入出境</translation>
    </message>
    <message>
        <source>Hits by list and severity</source>
        <translation>依名單與嚴重程度之符合</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名單</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Records with hits</source>
        <translation>有符合之紀錄</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>督導解除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督導</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Not yet replayed to the central</source>
        <translation>尚未回傳中央系統</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待傳送</translation>
    </message>
    <message>
        <source>refused by the central (parked)</source>
        <translation>中央系統拒收（暫停傳送）</translation>
    </message>
    <message>
        <source>Recorded offline</source>
        <translation>離線時記錄</translation>
    </message>
    <message>
        <source>Recorded in emergency mode</source>
        <translation>緊急作業模式下記錄</translation>
    </message>
    <message>
        <source>Records made with stale lists</source>
        <translation>以過期名單作成之紀錄</translation>
    </message>
    <message>
        <source>Replica versions and ages used</source>
        <translation>使用之本地名單版本與時效</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Oldest at use</source>
        <translation>使用時最舊</translation>
    </message>
    <message>
        <source>Emergency periods</source>
        <translation>緊急作業期間</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>宣告</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>still active</source>
        <translation>仍在進行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 頁</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Emergency mode records only</source>
        <translation>僅緊急作業模式紀錄</translation>
    </message>
    <message>
        <source>Show report</source>
        <translation>顯示報表</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>結束時間須晚於開始時間。</translation>
    </message>
    <message>
        <source>Choose the period and show the report.</source>
        <translation>請選擇期間並顯示報表。</translation>
    </message>
    <message>
        <source>Records: %1 (%2)</source>
        <translation>紀錄：%1（%2）</translation>
    </message>
    <message>
        <source>Entry %1, exit %2</source>
        <translation>入境 %1，出境 %2</translation>
    </message>
    <message>
        <source>Hits: %1</source>
        <translation>符合：%1</translation>
    </message>
    <message>
        <source>Overrides: %1 %2</source>
        <translation>督導解除：%1 %2</translation>
    </message>
    <message>
        <source>Not yet replayed: %1 waiting, %2 parked</source>
        <translation>尚未回傳：待傳送 %1，暫停傳送 %2</translation>
    </message>
    <message>
        <source>Replica used: %1</source>
        <translation>使用之本地名單：%1</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>匯出報表為 PDF</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>匯出報表為 CSV</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>已寫入 %1（%2 頁）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已寫入 %1。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status unavailable: %1</source>
        <translation>無法取得狀態：%1</translation>
    </message>
    <message>
        <source>Officer: %1 (%2)</source>
        <translation>查驗員：%1（%2）</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Exchange with the central system now (records out, lists and alerts in)</source>
        <translation>立即與中央系統交換資料（送出紀錄，接收名單與警示）</translation>
    </message>
    <message>
        <source>EMERGENCY MODE</source>
        <translation>緊急作業模式</translation>
    </message>
    <message>
        <source>Normal mode</source>
        <translation>一般模式</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>連線不穩</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>never in contact</source>
        <translation>從未連上中央</translation>
    </message>
    <message>
        <source>last contact %1 ago</source>
        <translation>最後聯繫 %1 前</translation>
    </message>
    <message>
        <source>Replica: none</source>
        <translation>本地資料：無</translation>
    </message>
    <message>
        <source>Replica: %1 old</source>
        <translation>本地資料：%1 前</translation>
    </message>
    <message>
        <source> — STALE</source>
        <translation> — 已過期</translation>
    </message>
    <message>
        <source>Outbox: %1 pending, %2 parked</source>
        <translation>待傳：%1 筆，暫停：%2 筆</translation>
    </message>
    <message>
        <source>Reader: PC/SC unavailable</source>
        <translation>讀取機：PC/SC 無法使用</translation>
    </message>
    <message>
        <source>Reader: none</source>
        <translation>讀取機：無</translation>
    </message>
    <message>
        <source>Reader: card present</source>
        <translation>讀取機：已放置證件</translation>
    </message>
    <message>
        <source>Reader: ready</source>
        <translation>讀取機：就緒</translation>
    </message>
    <message>
        <source>Sending records</source>
        <translation>送出紀錄</translation>
    </message>
    <message>
        <source>Receiving %1</source>
        <translation>接收名單（%1）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小時</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>本機</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>The workstation&apos;s store is damaged, incomplete or an older copy: call a supervisor. Nothing is sent to the central until it is restored.</source>
        <translation>本工作站的資料庫已損毀、不完整或為舊版備份：請通知督導。資料庫還原前，不會傳送任何資料至中央系統。</translation>
    </message>
</context>
<context>
    <name>SupervisorAuthDialog</name>
    <message>
        <source>Supervisor override</source>
        <translation>督導解除</translation>
    </message>
    <message>
        <source>A supervisor clears the hit and takes responsibility for admitting this traveller. The override is recorded with the supervisor&apos;s name.</source>
        <translation>由督導解除符合警示並負責准予此旅客通關。解除紀錄會載明督導姓名。</translation>
    </message>
    <message>
        <source>why the hit is cleared</source>
        <translation>解除命中的理由</translation>
    </message>
    <message>
        <source>optional, for the record</source>
        <translation>選填，記入紀錄</translation>
    </message>
    <message>
        <source>Supervisor ID</source>
        <translation>督導帳號</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Note (required)</source>
        <translation>備註（必填）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s ID and password.</source>
        <translation>請輸入督導帳號與密碼。</translation>
    </message>
    <message>
        <source>Clearing an arrest or a denial needs a note for the record: write why.</source>
        <translation>解除逮捕、不准入境或限制出境的命中須填寫備註記入紀錄：請說明理由。</translation>
    </message>
</context>
<context>
    <name>SupervisorPanel</name>
    <message>
        <source>Emergency mode</source>
        <translation>緊急作業模式</translation>
    </message>
    <message>
        <source>reason (goes into the record)</source>
        <translation>原因（記入紀錄）</translation>
    </message>
    <message>
        <source>Declare emergency</source>
        <translation>宣告緊急作業</translation>
    </message>
    <message>
        <source>End emergency</source>
        <translation>結束緊急作業</translation>
    </message>
    <message>
        <source>Post-hoc alerts from the central system</source>
        <translation>中央系統事後警示</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>發出時間</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>處置</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>旅客</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>Local record</source>
        <translation>本機紀錄</translation>
    </message>
    <message>
        <source>List: entry</source>
        <translation>名單：項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Acknowledge selected alert</source>
        <translation>確認所選警示</translation>
    </message>
    <message>
        <source>Records the central system refused</source>
        <translation>中央系統拒收的紀錄</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Send selected record again</source>
        <translation>重新傳送所選紀錄</translation>
    </message>
    <message>
        <source>Locked-out officers</source>
        <translation>遭鎖定的查驗員</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>查驗員</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>鎖定至</translation>
    </message>
    <message>
        <source>Unlock selected officer</source>
        <translation>解除所選查驗員鎖定</translation>
    </message>
    <message>
        <source>EMERGENCY MODE since %1, declared by %2: %3</source>
        <translation>緊急作業模式：自 %1 起，由 %2 宣告：%3</translation>
    </message>
    <message>
        <source>Normal mode. Declare emergency mode when the central system is down.</source>
        <translation>一般模式。中央系統故障時請宣告緊急作業模式。</translation>
    </message>
    <message>
        <source>not in this workstation&apos;s journal</source>
        <translation>本工作站無此紀錄</translation>
    </message>
    <message>
        <source>No. %1, %2: %3</source>
        <translation>序號 %1，%2：%3</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新警示</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Say why: the reason goes into every record.</source>
        <translation>請說明原因：原因會記入每一筆紀錄。</translation>
    </message>
    <message>
        <source>Emergency mode declared.</source>
        <translation>已宣告緊急作業模式。</translation>
    </message>
    <message>
        <source>Emergency mode ended.</source>
        <translation>已結束緊急作業模式。</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>已確認警示。</translation>
    </message>
    <message>
        <source>The record goes out with the next sync.</source>
        <translation>此紀錄將於下次同步時傳送。</translation>
    </message>
    <message>
        <source>Officer unlocked.</source>
        <translation>已解除查驗員鎖定。</translation>
    </message>
</context>
<context>
    <name>TypeCellsDialog</name>
    <message>
        <source>Type the unclear MRZ characters</source>
        <translation>輸入無法確定的 MRZ 字元</translation>
    </message>
    <message>
        <source>The photo&apos;s MRZ could not be read with certainty at the marked places. Read each marked character off the document and type it; the rest of the MRZ is read from the photo and checked again.</source>
        <translation>相片中的 MRZ 在標示處無法確定判讀。請看著證件讀出每個標示的字元並輸入；MRZ 其餘部分仍由相片判讀並重新檢查。</translation>
    </message>
    <message>
        <source>Read again with what you typed, the photo still leaves the marked characters unclear, or does not show what was typed there. Check the line and the column on the document and type them.</source>
        <translation>以您輸入的字元重新辨識後，相片中標示的字元仍不清楚，或與您在該處輸入的不符。請在證件上核對行與欄後再輸入。</translation>
    </message>
    <message>
        <source>Line %1, character %2</source>
        <translation>第 %1 行，第 %2 個字元</translation>
    </message>
</context>
</TS>
